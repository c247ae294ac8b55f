import { parseArgs } from "node:util";

/**
 * Reads and changes a running simulator through its control port, for people
 * and scripts: `tsx worker/smsc-simulator/control-cli.ts --port 2776 counts`.
 * It prints the endpoint's JSON answer; it needs nothing from the project's
 * configuration, so it runs anywhere the port is reachable.
 */

const USAGE = `Usage: tsx worker/smsc-simulator/control-cli.ts --port <control port> [--host <host>] <command>

Commands:
  stats             submits accepted, throttled, rejected, unanswered; binds (the default)
  counts            accepted messages and submit_sm PDUs per destination
  per-second        accepted submit_sm per wall-clock second
  config            the behaviour in force
  config '<json>'   change it, e.g. '{"maxSubmitsPerSecond":100,"faults":[{"suffix":"99","kind":"permanent"}]}'
  reset             zero the counts
  receipts [--offset <n>] [--limit <n>]
                    the receipts sent (message id, destination, stat, sentAt), oldest first
  mo --from <number> --to <number> --text <text> [--data-coding 0|8] [--system-id <id>]
                    send an inbound message from a subscriber; prints the ESME's command_status
  deliver-sm '<json>'
                    send any deliver_sm, e.g. '{"esmClass":4,"shortMessageText":"id:1 stat:BOGUS"}'
                    (fields: see POST /deliver-sm in the README)

The port is the one given to the simulator as --control-port (npm run smsc -- --control-port 2776).`;

const COMMANDS: Record<string, { method: "GET" | "POST"; path: string; takesBody?: boolean }> = {
  stats: { method: "GET", path: "/stats" },
  counts: { method: "GET", path: "/counts" },
  "per-second": { method: "GET", path: "/per-second" },
  config: { method: "GET", path: "/config", takesBody: true },
  reset: { method: "POST", path: "/reset" },
  receipts: { method: "GET", path: "/receipts" },
  "deliver-sm": { method: "POST", path: "/deliver-sm", takesBody: true },
  mo: { method: "POST", path: "/mo" },
};

/** Flags that belong to one command only. */
const COMMAND_FLAGS: Record<string, readonly string[]> = {
  mo: ["from", "to", "text", "data-coding", "system-id"],
  receipts: ["offset", "limit"],
};

class UsageError extends Error {}

function readCommandLine(args: string[]): { url: string; method: "GET" | "POST"; body?: string } {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      options: {
        port: { type: "string" },
        host: { type: "string", default: "127.0.0.1" },
        from: { type: "string" },
        to: { type: "string" },
        text: { type: "string" },
        "data-coding": { type: "string" },
        "system-id": { type: "string" },
        offset: { type: "string" },
        limit: { type: "string" },
      },
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const { values, positionals } = parsed;
  if (!values.port || !/^\d+$/.test(values.port) || Number(values.port) > 65_535) {
    throw new UsageError(`--port takes the simulator's control port, not "${values.port ?? ""}"`);
  }
  const [name = "stats", body, ...rest] = positionals;
  const command = COMMANDS[name];
  if (!command) throw new UsageError(`unknown command "${name}"`);
  if (rest.length > 0 || (body !== undefined && !command.takesBody)) {
    throw new UsageError(`too many arguments for "${name}"`);
  }
  const allowed = COMMAND_FLAGS[name] ?? [];
  const misplaced = Object.keys(COMMAND_FLAGS)
    .flatMap((other) => COMMAND_FLAGS[other]!)
    .filter((flag) => !allowed.includes(flag) && values[flag as keyof typeof values] !== undefined);
  if (misplaced.length > 0) throw new UsageError(`--${misplaced[0]} does not go with "${name}"`);
  const base = `http://${values.host}:${values.port}${command.path}`;
  if (name === "mo") return { url: base, method: "POST", body: JSON.stringify(moBody(values)) };
  if (name === "receipts") {
    const query = new URLSearchParams();
    if (values.offset !== undefined) query.set("offset", values.offset);
    if (values.limit !== undefined) query.set("limit", values.limit);
    const url = query.size > 0 ? `${base}?${query}` : base;
    return { url, method: "GET" };
  }
  return body === undefined ? { url: base, method: command.method } : { url: base, method: "POST", body };
}

/** The body of POST /mo; the simulator checks the values and says what is wrong. */
function moBody(values: Record<string, string | undefined>): Record<string, unknown> {
  for (const flag of ["from", "to", "text"]) {
    if (values[flag] === undefined) throw new UsageError(`mo needs --${flag}`);
  }
  const dataCoding = values["data-coding"];
  if (dataCoding !== undefined && dataCoding !== "0" && dataCoding !== "8") {
    throw new UsageError(`--data-coding takes 0 (GSM-7) or 8 (UCS-2), not "${dataCoding}"`);
  }
  return {
    from: values.from,
    to: values.to,
    text: values.text,
    ...(dataCoding === undefined ? {} : { dataCoding: Number(dataCoding) }),
    ...(values["system-id"] === undefined ? {} : { systemId: values["system-id"] }),
  };
}

async function run(): Promise<number> {
  let request;
  try {
    request = readCommandLine(process.argv.slice(2));
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    process.stderr.write(`control-cli: ${error.message}\n\n${USAGE}\n`);
    return 2;
  }
  let response: Response;
  try {
    response = await fetch(request.url, {
      method: request.method,
      body: request.body,
      headers: request.body === undefined ? undefined : { "content-type": "application/json" },
    });
  } catch (error) {
    const reason = (error as Error & { cause?: Error }).cause?.message ?? (error as Error).message;
    process.stderr.write(`control-cli: no simulator control server answers at ${request.url}: ${reason}\n`);
    return 1;
  }
  const text = await response.text();
  let shown = text;
  try {
    shown = JSON.stringify(JSON.parse(text), null, 2);
  } catch {
    // Not JSON (a proxy's error page, say): print it as it came.
  }
  if (!response.ok) {
    process.stderr.write(`control-cli: ${response.status} ${response.statusText}: ${shown}\n`);
    return 1;
  }
  process.stdout.write(`${shown}\n`);
  return 0;
}

run().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`control-cli: ${(error as Error).stack ?? String(error)}\n`);
    process.exitCode = 1;
  },
);
