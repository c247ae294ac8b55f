import { parseArgs } from "node:util";
import {
  FAULT_KINDS,
  MAX_LATENCY_MS,
  parseBehaviour,
  type DestinationFault,
  type SimulatorBehaviour,
} from "./behaviour";

export const SIMULATOR_USAGE = `Usage: npm run smsc -- [options]

  --max-per-second <n>            answer ESME_RTHROTTLED (0x58) to submit_sm beyond n in a second
  --latency-ms <n | min-max>      hold every submit_sm_resp back n ms, or a random time in [min, max]
  --permanent-error-rate <0..1>   answer that share of submit_sm ESME_RINVDSTADR (0x0B)
  --fault <suffix>=<kind>         destinations ending in <suffix> get <kind>: ${FAULT_KINDS.join(", ")}
                                  (repeatable; the first matching suffix wins)
  --control-port <port>           serve the HTTP control endpoints on 127.0.0.1:<port> (0: a free port)
  --help                          print this and exit

Without options the simulator accepts every valid submit_sm at once. It listens on
SMSC_HOST:SMSC_PORT and accepts the account SMSC_SYSTEM_ID / SMSC_PASSWORD.`;

export class UsageError extends Error {
  override readonly name = "UsageError";
}

export interface SimulatorCliOptions {
  behaviour: SimulatorBehaviour;
  controlPort?: number;
  help: boolean;
}

/** Reads the simulator's command-line flags; throws UsageError saying which flag is wrong and why. */
export function parseSimulatorArgs(args: readonly string[]): SimulatorCliOptions {
  let values;
  try {
    ({ values } = parseArgs({
      args: [...args],
      strict: true,
      allowPositionals: false,
      options: {
        "max-per-second": { type: "string" },
        "latency-ms": { type: "string" },
        "permanent-error-rate": { type: "string" },
        fault: { type: "string", multiple: true },
        "control-port": { type: "string" },
        help: { type: "boolean", default: false },
      },
    }));
  } catch (error) {
    throw new UsageError((error as Error).message);
  }

  const behaviour: SimulatorBehaviour = {};
  if (values["max-per-second"] !== undefined) {
    behaviour.maxSubmitsPerSecond = wholeNumber("--max-per-second", values["max-per-second"], 1);
  }
  if (values["latency-ms"] !== undefined) behaviour.responseLatencyMs = latency(values["latency-ms"]);
  if (values["permanent-error-rate"] !== undefined) {
    behaviour.permanentErrorRate = errorRate(values["permanent-error-rate"]);
  }
  if (values.fault !== undefined) behaviour.faults = values.fault.map(fault);
  const controlPort =
    values["control-port"] === undefined
      ? undefined
      : wholeNumber("--control-port", values["control-port"], 0, 65_535);

  try {
    return { behaviour: parseBehaviour(behaviour), controlPort, help: values.help ?? false };
  } catch (error) {
    // The checks above should have caught it; this keeps a schema change from surfacing as a crash.
    throw new UsageError((error as Error).message);
  }
}

function wholeNumber(flag: string, text: string, min: number, max = Number.MAX_SAFE_INTEGER): number {
  const value = /^\d+$/.test(text) ? Number(text) : NaN;
  if (!(value >= min && value <= max)) {
    const range = max === Number.MAX_SAFE_INTEGER ? `${min} or more` : `from ${min} to ${max}`;
    throw new UsageError(`${flag} takes a whole number ${range}, not "${text}"`);
  }
  return value;
}

function latency(text: string): SimulatorBehaviour["responseLatencyMs"] {
  const range = /^(\d+)-(\d+)$/.exec(text);
  if (!range) return wholeNumber("--latency-ms", text, 0, MAX_LATENCY_MS);
  const min = wholeNumber("--latency-ms", range[1]!, 0, MAX_LATENCY_MS);
  const max = wholeNumber("--latency-ms", range[2]!, 0, MAX_LATENCY_MS);
  if (min > max) throw new UsageError(`--latency-ms range "${text}" has its minimum above its maximum`);
  return { min, max };
}

function errorRate(text: string): number {
  const value = /^\d*\.?\d+$/.test(text) ? Number(text) : NaN;
  if (!(value >= 0 && value <= 1)) {
    throw new UsageError(`--permanent-error-rate takes a share from 0 to 1 (e.g. 0.05), not "${text}"`);
  }
  return value;
}

function fault(text: string): DestinationFault {
  const separator = text.lastIndexOf("=");
  const suffix = separator > 0 ? text.slice(0, separator) : "";
  const kind = text.slice(separator + 1);
  if (!suffix || !(FAULT_KINDS as readonly string[]).includes(kind)) {
    throw new UsageError(
      `--fault takes <suffix>=<kind> with a kind among ${FAULT_KINDS.join(", ")}, not "${text}"`,
    );
  }
  return { suffix, kind: kind as DestinationFault["kind"] };
}
