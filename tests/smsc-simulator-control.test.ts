import { execFile, spawn } from "node:child_process";
import { createServer as createTcpServer } from "node:net";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import smpp, { type PduOptions, type PDU, type Session } from "smpp";
import { afterEach, describe, expect, it } from "vitest";
import { createSmscSimulator, type SmscSimulator } from "@/worker/smsc-simulator/simulator";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
/**
 * Node with tsx's loader rather than the tsx CLI, which runs the program in a
 * child of its own that a SIGKILL to the CLI would leave running.
 */
const NODE_WITH_TSX = [process.execPath, "--import", "tsx"] as const;
const ACCOUNT = { systemId: "acme", password: "s3cret" };
/** Receipts and auto-replies are off in these tests. */
const NO_DELIVERIES = {
  receiptsSent: 0,
  receiptsPending: 0,
  receiptsDropped: 0,
  autoRepliesSent: 0,
  autoRepliesPending: 0,
  autoRepliesDropped: 0,
};
const NO_DELIVERY_BEHAVIOUR = { receipts: null, autoReply: null, deliverWindow: 1_000 };

let simulator: SmscSimulator | undefined;
const clients: Session[] = [];

afterEach(async () => {
  for (const client of clients.splice(0)) client.destroy();
  await simulator?.close();
  simulator = undefined;
});

async function boundClient(port: number): Promise<Session> {
  const session = await new Promise<Session>((resolve, reject) => {
    const connecting = smpp.connect({ host: "127.0.0.1", port }, () => resolve(connecting));
    connecting.on("error", reject);
  });
  clients.push(session);
  const bound = await send(session, "bind_transceiver", {
    system_id: ACCOUNT.systemId,
    password: ACCOUNT.password,
  });
  expect(bound.command_status).toBe(smpp.ESME_ROK);
  return session;
}

function send(session: Session, command: "bind_transceiver" | "submit_sm", options: PduOptions) {
  return new Promise<PDU>((resolve, reject) => {
    if (!session[command](options, resolve)) reject(new Error(`${command} could not be sent`));
  });
}

function submit(session: Session, destination: string, options: PduOptions = {}): Promise<PDU> {
  return send(session, "submit_sm", { destination_addr: destination, short_message: "hi", ...options });
}

async function startWithControl(): Promise<{ session: Session; control: string }> {
  simulator = createSmscSimulator({ port: 0, accounts: [ACCOUNT], controlPort: 0 });
  const { port, controlPort } = await simulator.listen();
  expect(controlPort).toEqual(expect.any(Number));
  return { session: await boundClient(port), control: `http://127.0.0.1:${controlPort}` };
}

async function call(url: string, init?: RequestInit): Promise<{ status: number; body: unknown }> {
  const response = await fetch(url, init);
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : undefined };
}

function postJson(url: string, body: unknown): Promise<{ status: number; body: unknown }> {
  return call(url, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: typeof body === "string" ? body : JSON.stringify(body),
  });
}

describe("SMSC simulator control server", () => {
  it("is not started unless asked for", async () => {
    simulator = createSmscSimulator({ port: 0, accounts: [ACCOUNT] });
    const address = await simulator.listen();

    expect(address).toEqual({ host: "127.0.0.1", port: expect.any(Number) });
  });

  it("serves stats, counts and per-second counts as JSON", async () => {
    const { session, control } = await startWithControl();
    for (const part of [1, 2, 3]) {
      await submit(session, "447700900001", {
        esm_class: 0x40,
        short_message: Buffer.from([0x05, 0x00, 0x03, 0x11, 0x03, part, 0x41]),
      });
    }
    await submit(session, "447700900002");
    const second = Math.floor(sim().submits[0]!.receivedAt.getTime() / 1000);

    expect(await call(`${control}/stats`)).toEqual({
      status: 200,
      body: {
        binds: 1,
        boundSessions: 1,
        submitted: 4,
        throttled: 0,
        rejected: 0,
        unanswered: 0,
        ...NO_DELIVERIES,
      },
    });
    expect(await call(`${control}/counts`)).toEqual({
      status: 200,
      body: {
        messagesByDestination: { "447700900001": 1, "447700900002": 1 },
        submitsByDestination: { "447700900001": 3, "447700900002": 1 },
      },
    });
    const perSecond = await call(`${control}/per-second`);
    expect(perSecond.status).toBe(200);
    const buckets = (perSecond.body as { acceptedPerSecond: { second: number; count: number }[] })
      .acceptedPerSecond;
    expect(buckets[0]!.second).toBe(second);
    expect(buckets.reduce((total, bucket) => total + bucket.count, 0)).toBe(4);
  });

  it("resets the counts on POST /reset", async () => {
    const { session, control } = await startWithControl();
    await submit(session, "447700900001");

    expect(await postJson(`${control}/reset`, "")).toEqual({
      status: 200,
      body: {
        binds: 1,
        boundSessions: 1,
        submitted: 0,
        throttled: 0,
        rejected: 0,
        unanswered: 0,
        ...NO_DELIVERIES,
      },
    });
    expect((await call(`${control}/counts`)).body).toEqual({
      messagesByDestination: {},
      submitsByDestination: {},
    });
    expect((await call(`${control}/per-second`)).body).toEqual({ acceptedPerSecond: [] });
  });

  it("changes the behaviour on POST /config and reports it on GET /config", async () => {
    const { session, control } = await startWithControl();

    const changed = await postJson(`${control}/config`, {
      maxSubmitsPerSecond: 1000,
      responseLatencyMs: { min: 0, max: 2 },
      faults: [{ suffix: "77", kind: "system_error" }],
    });
    expect(changed).toEqual({
      status: 200,
      body: {
        maxSubmitsPerSecond: 1000,
        responseLatencyMs: { min: 0, max: 2 },
        permanentErrorRate: 0,
        faults: [{ suffix: "77", kind: "system_error" }],
        ...NO_DELIVERY_BEHAVIOUR,
      },
    });
    expect((await submit(session, "447700900077")).command_status).toBe(smpp.ESME_RSYSERR);

    await postJson(`${control}/config`, { maxSubmitsPerSecond: null, responseLatencyMs: 0 });
    expect((await call(`${control}/config`)).body).toEqual({
      maxSubmitsPerSecond: null,
      responseLatencyMs: 0,
      permanentErrorRate: 0,
      faults: [{ suffix: "77", kind: "system_error" }],
      ...NO_DELIVERY_BEHAVIOUR,
    });
  });

  it("answers 400 with the reason to a bad config and keeps the behaviour it had", async () => {
    const { control } = await startWithControl();

    expect(await postJson(`${control}/config`, { permanentErrorRate: 2 })).toEqual({
      status: 400,
      body: {
        error: "invalid simulator behaviour: permanentErrorRate: Too big: expected number to be <=1",
      },
    });
    const unknownKind = await postJson(`${control}/config`, { faults: [{ suffix: "1", kind: "lost" }] });
    expect(unknownKind.status).toBe(400);
    expect(unknownKind.body).toEqual({ error: expect.stringContaining("faults.0.kind") });
    const unknownField = await postJson(`${control}/config`, { maxPerSecond: 5 });
    expect(unknownField.status).toBe(400);
    expect(unknownField.body).toEqual({ error: expect.stringContaining("maxPerSecond") });
    const notJson = await postJson(`${control}/config`, "{maxSubmitsPerSecond: 5");
    expect(notJson.status).toBe(400);
    expect(notJson.body).toEqual({ error: expect.stringContaining("the body is not valid JSON") });

    expect((await call(`${control}/config`)).body).toEqual({
      maxSubmitsPerSecond: null,
      responseLatencyMs: 0,
      permanentErrorRate: 0,
      faults: [],
      ...NO_DELIVERY_BEHAVIOUR,
    });
  });

  it("answers 404 to an unknown path and 405 to a wrong method", async () => {
    const { control } = await startWithControl();

    expect(await call(`${control}/nothing`)).toEqual({
      status: 404,
      body: {
        error:
          "no endpoint /nothing; try /stats, /counts, /per-second, /reset, /config, /receipts, /mo, /deliver-sm",
      },
    });
    expect(await call(`${control}/stats`, { method: "POST" })).toEqual({
      status: 405,
      body: { error: "/stats accepts GET" },
    });
  });

  it("stops with the simulator", async () => {
    const { control } = await startWithControl();
    // Without an ESME that must be unbound first, close() is immediate.
    for (const client of clients.splice(0)) client.destroy();
    await sim().close();
    simulator = undefined;

    await expect(fetch(`${control}/stats`)).rejects.toThrow();
  });
});

function sim(): SmscSimulator {
  if (!simulator) throw new Error("no simulator started");
  return simulator;
}

const execFileAsync = promisify(execFile);

/** Runs an entry point to its end; a non-zero exit resolves too, with its code. */
async function runTsx(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const [node, ...nodeArgs] = NODE_WITH_TSX;
    const { stdout, stderr } = await execFileAsync(node, [...nodeArgs, ...args], {
      cwd: ROOT,
      timeout: 30_000,
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createTcpServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      probe.close(() =>
        address && typeof address === "object" ? resolve(address.port) : reject(new Error("no port")),
      );
    });
  });
}

describe("SMSC simulator command lines", () => {
  it("prints a running simulator's stats, counts and config, and changes it, with control-cli", async () => {
    const { session, control } = await startWithControl();
    const port = new URL(control).port;
    await submit(session, "447700900001");

    const stats = await runTsx(["worker/smsc-simulator/control-cli.ts", "--port", port]);
    expect(stats.code).toBe(0);
    expect(JSON.parse(stats.stdout)).toMatchObject({ submitted: 1 });

    const counts = await runTsx(["worker/smsc-simulator/control-cli.ts", "--port", port, "counts"]);
    expect(JSON.parse(counts.stdout)).toEqual({
      messagesByDestination: { "447700900001": 1 },
      submitsByDestination: { "447700900001": 1 },
    });

    const set = await runTsx([
      "worker/smsc-simulator/control-cli.ts",
      "--port",
      port,
      "config",
      '{"faults":[{"suffix":"01","kind":"throttled"}]}',
    ]);
    expect(set.code).toBe(0);
    expect((await submit(session, "447700900001")).command_status).toBe(smpp.ESME_RTHROTTLED);

    const refused = await runTsx([
      "worker/smsc-simulator/control-cli.ts",
      "--port",
      port,
      "config",
      '{"permanentErrorRate":-1}',
    ]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain("400");
    expect(refused.stderr).toContain("permanentErrorRate");
  });

  it("runs the simulator with fault and control flags", async () => {
    const smscPort = await freePort();
    const [node, ...nodeArgs] = NODE_WITH_TSX;
    const child = spawn(
      node,
      [
        ...nodeArgs,
        "worker/smsc-simulator/main.ts",
        "--control-port",
        "0",
        "--fault",
        "99=permanent",
        "--latency-ms",
        "1-3",
      ],
      {
        cwd: ROOT,
        env: {
          ...process.env,
          LOG_LEVEL: "info",
          SMSC_PORT: String(smscPort),
          SMSC_SYSTEM_ID: ACCOUNT.systemId,
          SMSC_PASSWORD: ACCOUNT.password,
        },
        stdio: ["ignore", "pipe", "pipe"],
      },
    );
    const exited = new Promise<number | null>((resolve) => child.on("exit", resolve));
    try {
      const listening = await new Promise<Record<string, unknown>>((resolve, reject) => {
        const lines = createInterface({ input: child.stdout });
        lines.on("line", (line) => {
          const entry = JSON.parse(line) as Record<string, unknown>;
          if (entry.msg === "SMSC simulator listening") resolve(entry);
        });
        void exited.then((code) => reject(new Error(`the simulator exited with ${code} before listening`)));
      });
      const session = await boundClient(listening.port as number);

      expect((await submit(session, "447700900099")).command_status).toBe(smpp.ESME_RINVDSTADR);
      expect((await submit(session, "447700900098")).command_status).toBe(smpp.ESME_ROK);
      expect(await call(`http://127.0.0.1:${listening.controlPort as number}/stats`)).toMatchObject({
        status: 200,
        body: { submitted: 1, rejected: 1 },
      });

      child.kill("SIGTERM");
      expect(await exited).toBe(0);
    } finally {
      child.kill("SIGKILL");
    }
  });

  it("refuses a bad flag with a usage message and exit code 2", async () => {
    const result = await runTsx(["worker/smsc-simulator/main.ts", "--fault", "99=lost"]);

    expect(result.code).toBe(2);
    expect(result.stderr).toContain("--fault takes <suffix>=<kind> with a kind among no_response");
    expect(result.stderr).toContain("Usage: npm run smsc -- [options]");
  });
});
