import { parseArgs } from "node:util";
import { RECEIPT_STATS, type ReceiptStat } from "@/lib/smpp/receipts";
import {
  FAULT_KINDS,
  MAX_LATENCY_MS,
  parseBehaviour,
  type DestinationFault,
  type ReceiptSettings,
  type ResponseLatency,
  type SimulatorBehaviour,
} from "./behaviour";

export const SIMULATOR_USAGE = `Usage: npm run smsc -- [options]

  --max-per-second <n>            answer ESME_RTHROTTLED (0x58) to submit_sm beyond n in a second
  --latency-ms <n | min-max>      hold every submit_sm_resp back n ms, or a random time in [min, max]
  --permanent-error-rate <0..1>   answer that share of submit_sm ESME_RINVDSTADR (0x0B)
  --fault <suffix>=<kind>         destinations ending in <suffix> get <kind>: ${FAULT_KINDS.join(", ")}
                                  (repeatable; the first matching suffix wins)
  --receipts                      send a delivery receipt for each submit_sm that asks for one
                                  (DELIVRD, at once); any --receipt-* flag turns them on too
  --receipt-delay-ms <n | min-max>  send each receipt n ms after its submit, or a random time in [min, max]
  --receipt-outcomes <STAT=w,…>   weights of the receipt states, e.g. DELIVRD=0.9,UNDELIV=0.08,EXPIRED=0.02
                                  (states: ${RECEIPT_STATS.join(", ")})
  --receipt-id-in-text <hex|decimal>  how the receipt text's id: writes the message id (default hex, as issued)
  --receipts-without-tlvs         leave out receipted_message_id, message_state and network_error_code
  --deliver-window <n>            deliver_sm (receipts, replies) outstanding per receiving session (default 1000)
  --auto-reply-share <0..1>       that share of destinations (fixed by a hash of the number) reply once
  --auto-reply-text <text>        what they reply (repeatable; default "Thanks, got it!")
  --auto-reply-delay-ms <n | min-max>  how long after the submit they reply (default 0)
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
        receipts: { type: "boolean", default: false },
        "receipt-delay-ms": { type: "string" },
        "receipt-outcomes": { type: "string" },
        "receipt-id-in-text": { type: "string" },
        "receipts-without-tlvs": { type: "boolean", default: false },
        "deliver-window": { type: "string" },
        "auto-reply-share": { type: "string" },
        "auto-reply-text": { type: "string", multiple: true },
        "auto-reply-delay-ms": { type: "string" },
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
  if (values["latency-ms"] !== undefined) {
    behaviour.responseLatencyMs = latency("--latency-ms", values["latency-ms"]);
  }
  if (values["permanent-error-rate"] !== undefined) {
    behaviour.permanentErrorRate = share("--permanent-error-rate", values["permanent-error-rate"]);
  }
  if (values.fault !== undefined) behaviour.faults = values.fault.map(fault);
  const receipts: ReceiptSettings = {};
  if (values["receipt-delay-ms"] !== undefined) {
    receipts.delayMs = latency("--receipt-delay-ms", values["receipt-delay-ms"]);
  }
  if (values["receipt-outcomes"] !== undefined) receipts.outcomes = outcomes(values["receipt-outcomes"]);
  const idInText = values["receipt-id-in-text"];
  if (idInText !== undefined) {
    if (idInText !== "hex" && idInText !== "decimal") {
      throw new UsageError(`--receipt-id-in-text takes hex or decimal, not "${idInText}"`);
    }
    receipts.idInText = idInText;
  }
  if (values["receipts-without-tlvs"]) receipts.tlvs = false;
  if (values.receipts || Object.keys(receipts).length > 0) behaviour.receipts = receipts;
  if (values["deliver-window"] !== undefined) {
    behaviour.deliverWindow = wholeNumber("--deliver-window", values["deliver-window"], 1, 100_000);
  }
  const replyShare = values["auto-reply-share"];
  if (replyShare === undefined) {
    if (values["auto-reply-text"] !== undefined || values["auto-reply-delay-ms"] !== undefined) {
      throw new UsageError("--auto-reply-text and --auto-reply-delay-ms need --auto-reply-share");
    }
  } else {
    behaviour.autoReply = {
      share: share("--auto-reply-share", replyShare),
      texts: values["auto-reply-text"] ?? ["Thanks, got it!"],
      ...(values["auto-reply-delay-ms"] === undefined
        ? {}
        : { delayMs: latency("--auto-reply-delay-ms", values["auto-reply-delay-ms"]) }),
    };
  }
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

function latency(flag: string, text: string): ResponseLatency {
  const range = /^(\d+)-(\d+)$/.exec(text);
  if (!range) return wholeNumber(flag, text, 0, MAX_LATENCY_MS);
  const min = wholeNumber(flag, range[1]!, 0, MAX_LATENCY_MS);
  const max = wholeNumber(flag, range[2]!, 0, MAX_LATENCY_MS);
  if (min > max) throw new UsageError(`${flag} range "${text}" has its minimum above its maximum`);
  return { min, max };
}

function share(flag: string, text: string): number {
  const value = /^\d*\.?\d+$/.test(text) ? Number(text) : NaN;
  if (!(value >= 0 && value <= 1)) {
    throw new UsageError(`${flag} takes a share from 0 to 1 (e.g. 0.05), not "${text}"`);
  }
  return value;
}

function outcomes(text: string): Partial<Record<ReceiptStat, number>> {
  const weights: Partial<Record<ReceiptStat, number>> = {};
  for (const item of text.split(",")) {
    const match = /^([A-Za-z]+)=(\d*\.?\d+)$/.exec(item.trim());
    const stat = match?.[1]!.toUpperCase();
    if (!match || !(RECEIPT_STATS as readonly string[]).includes(stat!)) {
      throw new UsageError(
        `--receipt-outcomes takes <STAT>=<weight>,… with states among ${RECEIPT_STATS.join(", ")}, not "${item}"`,
      );
    }
    weights[stat as ReceiptStat] = Number(match[2]);
  }
  if (!Object.values(weights).some((weight) => weight > 0)) {
    throw new UsageError(`--receipt-outcomes needs a weight above 0, not "${text}"`);
  }
  return weights;
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
