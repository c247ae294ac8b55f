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

The port is the one given to the simulator as --control-port (npm run smsc -- --control-port 2776).`;

const COMMANDS: Record<string, { method: "GET" | "POST"; path: string; takesBody?: boolean }> = {
  stats: { method: "GET", path: "/stats" },
  counts: { method: "GET", path: "/counts" },
  "per-second": { method: "GET", path: "/per-second" },
  config: { method: "GET", path: "/config", takesBody: true },
  reset: { method: "POST", path: "/reset" },
};

class UsageError extends Error {}

function readCommandLine(args: string[]): { url: string; method: "GET" | "POST"; body?: string } {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      options: { port: { type: "string" }, host: { type: "string", default: "127.0.0.1" } },
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
  const url = `http://${values.host}:${values.port}${command.path}`;
  return body === undefined ? { url, method: command.method } : { url, method: "POST", body };
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
