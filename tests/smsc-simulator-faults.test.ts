import smpp, { type Command, type PDU, type PduOptions, type Session } from "smpp";
import { afterEach, describe, expect, it, vi } from "vitest";
import { InvalidBehaviourError } from "@/worker/smsc-simulator/behaviour";
import {
  createSmscSimulator,
  type SimulatorOptions,
  type SmscSimulator,
} from "@/worker/smsc-simulator/simulator";

const ACCOUNT = { systemId: "acme", password: "s3cret" };
const NO_SUBMITS = { submitted: 0, throttled: 0, rejected: 0, unanswered: 0 };
/** Receipts and auto-replies are off unless a test turns them on. */
const NO_DELIVERIES = {
  receiptsSent: 0,
  receiptsPending: 0,
  receiptsDropped: 0,
  autoRepliesSent: 0,
  autoRepliesPending: 0,
  autoRepliesDropped: 0,
};
/** The receipt and auto-reply part of the behaviour when they are off. */
const NO_DELIVERY_BEHAVIOUR = { receipts: null, autoReply: null, deliverWindow: 1_000 };
/** 2030-01-01T00:00:00Z in unix seconds: tests that count by second run on a frozen wall clock. */
const SECOND = 1_893_456_000;

let simulator: SmscSimulator | undefined;
const clients: Session[] = [];

afterEach(async () => {
  vi.useRealTimers();
  for (const client of clients.splice(0)) client.destroy();
  await simulator?.close();
  simulator = undefined;
});

/** A simulator on a free port with these options, and a transceiver bound to it. */
async function startWithClient(options: Partial<SimulatorOptions> = {}): Promise<Session> {
  simulator = createSmscSimulator({ port: 0, accounts: [ACCOUNT], ...options });
  const { port } = await simulator.listen();
  const session = await new Promise<Session>((resolve, reject) => {
    const connecting = smpp.connect({ host: "127.0.0.1", port }, () => resolve(connecting));
    connecting.on("error", reject);
  });
  clients.push(session);
  const bound = await request(session, "bind_transceiver", {
    system_id: ACCOUNT.systemId,
    password: ACCOUNT.password,
  });
  expect(bound.command_status).toBe(smpp.ESME_ROK);
  return session;
}

function request(session: Session, command: Command, options: PduOptions = {}): Promise<PDU> {
  return new Promise((resolve, reject) => {
    if (!session[command](options, resolve)) reject(new Error(`${command} could not be sent`));
  });
}

function submit(session: Session, destination: string, options: PduOptions = {}): Promise<PDU> {
  return request(session, "submit_sm", { destination_addr: destination, short_message: "hi", ...options });
}

/** Sends submits in order without waiting between them, as an ESME with a window does. */
function submitAll(session: Session, destinations: string[]): Promise<PDU[]> {
  return Promise.all(destinations.map((destination) => submit(session, destination)));
}

function statuses(responses: PDU[]): number[] {
  return responses.map((response) => response.command_status);
}

function sim(): SmscSimulator {
  if (!simulator) throw new Error("no simulator started");
  return simulator;
}

/** The parts of a concatenated message, each behind a UDH built by `header(part)`. */
function parts(count: number, header: (part: number) => number[]): Buffer[] {
  return Array.from({ length: count }, (_, index) =>
    Buffer.concat([Buffer.from(header(index + 1)), Buffer.from(`part ${index + 1}`, "ascii")]),
  );
}

async function poll(condition: () => boolean, what: string, timeoutMs = 5_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

describe("SMSC simulator rate limit", () => {
  it("answers ESME_RTHROTTLED beyond maxSubmitsPerSecond in a second and counts only what it accepted", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(SECOND * 1000 + 100);
    const session = await startWithClient({ maxSubmitsPerSecond: 3 });

    const first = await submitAll(session, ["4471", "4472", "4473", "4474", "4475"]);
    expect(statuses(first)).toEqual([0, 0, 0, 0x58, 0x58]);
    expect(first.slice(3).map((response) => response.message_id)).toEqual([undefined, undefined]);

    vi.setSystemTime((SECOND + 1) * 1000);
    const next = await submitAll(session, ["4474", "4475", "4476", "4477"]);
    expect(statuses(next)).toEqual([0, 0, 0, 0x58]);

    expect(sim().stats).toEqual({
      binds: 1,
      boundSessions: 1,
      ...NO_SUBMITS,
      ...NO_DELIVERIES,
      submitted: 6,
      throttled: 3,
    });
    expect(sim().submitsByDestination()).toEqual(
      new Map(["4471", "4472", "4473", "4474", "4475", "4476"].map((destination) => [destination, 1])),
    );
    expect(sim().acceptedPerSecond()).toEqual([
      { second: SECOND, count: 3 },
      { second: SECOND + 1, count: 3 },
    ]);
    expect(sim().submits).toHaveLength(6);
  });

  it("can be lifted and set again while running", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(SECOND * 1000);
    const session = await startWithClient({ maxSubmitsPerSecond: 1 });

    expect(statuses(await submitAll(session, ["1", "2"]))).toEqual([0, 0x58]);
    sim().configure({ maxSubmitsPerSecond: null });
    expect(statuses(await submitAll(session, ["3", "4", "5"]))).toEqual([0, 0, 0]);
    // The second's allowance was used up long ago (4 let through against a limit of 2).
    sim().configure({ maxSubmitsPerSecond: 2 });
    expect(statuses(await submitAll(session, ["6"]))).toEqual([0x58]);
    expect(sim().stats).toMatchObject({ submitted: 4, throttled: 2 });
  });
});

describe("SMSC simulator response latency", () => {
  it("holds every submit_sm_resp back, each still answering its own submit", async () => {
    const session = await startWithClient({ responseLatencyMs: { min: 20, max: 120 } });
    const destinations = Array.from(
      { length: 30 },
      (_, index) => `44770090${String(index).padStart(4, "0")}`,
    );

    const sentAt = Date.now();
    const answered = await Promise.all(
      destinations.map(async (destination) => {
        const response = await submit(session, destination);
        return { destination, response, elapsedMs: Date.now() - sentAt };
      }),
    );

    const messageIdOf = new Map(
      sim().submits.map((accepted) => [accepted.destinationAddr, accepted.messageId]),
    );
    for (const { destination, response, elapsedMs } of answered) {
      expect(response.command_status).toBe(smpp.ESME_ROK);
      expect(response.message_id).toBe(messageIdOf.get(destination));
      // Timers never fire early; a millisecond of slack for how Date.now() rounds.
      expect(elapsedMs).toBeGreaterThanOrEqual(19);
    }
    expect(new Set(answered.map(({ response }) => response.message_id)).size).toBe(30);
    expect(sim().stats.submitted).toBe(30);
  });

  it("accepts and counts a submit when it arrives, not when its late answer goes out", async () => {
    const session = await startWithClient({ responseLatencyMs: 60_000 });
    let answered = false;
    void submit(session, "447700900001").then(() => (answered = true));

    await poll(() => sim().stats.submitted === 1, "the submit to be counted");
    expect(sim().submitsByDestination()).toEqual(new Map([["447700900001", 1]]));
    expect(answered).toBe(false);
  });

  it("holds refusals back too", async () => {
    const session = await startWithClient({
      responseLatencyMs: 40,
      faults: [{ suffix: "9", kind: "queue_full" }],
    });
    const sentAt = Date.now();
    const response = await submit(session, "447700900009");

    expect(response.command_status).toBe(smpp.ESME_RMSGQFUL);
    expect(Date.now() - sentAt).toBeGreaterThanOrEqual(39);
  });
});

describe("SMSC simulator faults by destination", () => {
  const FAULTS: SimulatorOptions["faults"] = [
    { suffix: "001", kind: "no_response" },
    { suffix: "002", kind: "throttled" },
    { suffix: "003", kind: "queue_full" },
    { suffix: "004", kind: "system_error" },
    { suffix: "005", kind: "permanent" },
  ];

  it("answers each destination by the fault its suffix names, and the rest normally", async () => {
    const session = await startWithClient({ faults: FAULTS });
    let unansweredGotAnswer = false;
    void submit(session, "447700900001").then(() => (unansweredGotAnswer = true));

    const answered = await submitAll(session, [
      "447700900002",
      "447700900003",
      "447700900004",
      "447700900005",
      "447700900006",
    ]);
    // Answered in order, so the enquire_link answer proves every submit before it was handled.
    await request(session, "enquire_link");

    expect(statuses(answered)).toEqual([0x58, 0x14, 0x08, 0x0b, 0x00]);
    expect(unansweredGotAnswer).toBe(false);
    expect(sim().stats).toEqual({
      binds: 1,
      boundSessions: 1,
      submitted: 1,
      throttled: 1,
      rejected: 3,
      unanswered: 1,
      ...NO_DELIVERIES,
    });
    expect(sim().submitsByDestination()).toEqual(new Map([["447700900006", 1]]));
    expect(sim().messagesByDestination()).toEqual(new Map([["447700900006", 1]]));
    expect(sim().submits.map((accepted) => accepted.destinationAddr)).toEqual(["447700900006"]);
  });

  it("lets the first matching suffix decide", async () => {
    const session = await startWithClient({
      faults: [
        { suffix: "9", kind: "permanent" },
        { suffix: "99", kind: "throttled" },
      ],
    });

    expect(statuses(await submitAll(session, ["447700900099", "447700900098"]))).toEqual([0x0b, 0]);
  });

  it("takes new faults while running", async () => {
    const session = await startWithClient();
    expect(statuses(await submitAll(session, ["447700900005"]))).toEqual([0]);

    sim().configure({ faults: FAULTS });
    expect(statuses(await submitAll(session, ["447700900005"]))).toEqual([0x0b]);
    sim().configure({ faults: [] });
    expect(statuses(await submitAll(session, ["447700900005"]))).toEqual([0]);
  });

  it("answers ESME_RINVDSTADR to every submit at permanentErrorRate 1 and to none at 0", async () => {
    const session = await startWithClient({ permanentErrorRate: 1 });
    const destinations = Array.from({ length: 20 }, (_, index) => `4477009000${index}`);

    expect(statuses(await submitAll(session, destinations))).toEqual(Array(20).fill(0x0b));
    expect(sim().stats).toMatchObject({ submitted: 0, rejected: 20 });

    sim().configure({ permanentErrorRate: 0 });
    expect(statuses(await submitAll(session, destinations))).toEqual(Array(20).fill(0));
    expect(sim().stats).toMatchObject({ submitted: 20, rejected: 20 });
  });

  it("refuses invalid behaviour at start and at run time, naming the field", async () => {
    expect(() => createSmscSimulator({ port: 0, accounts: [ACCOUNT], permanentErrorRate: 1.5 })).toThrow(
      /permanentErrorRate/,
    );
    await startWithClient();
    expect(() => sim().configure({ responseLatencyMs: { min: 50, max: 10 } })).toThrow(InvalidBehaviourError);
    expect(() => sim().configure({ faults: [{ suffix: "", kind: "permanent" }] })).toThrow(
      "invalid simulator behaviour: faults.0.suffix: suffix must not be empty",
    );
    expect(sim().behaviour).toEqual({
      maxSubmitsPerSecond: null,
      responseLatencyMs: 0,
      permanentErrorRate: 0,
      faults: [],
      ...NO_DELIVERY_BEHAVIOUR,
    });
  });
});

describe("SMSC simulator counts", () => {
  it("counts a 3-part concatenated message once per destination and its PDUs three times", async () => {
    const session = await startWithClient();
    const udh8 = parts(3, (part) => [0x05, 0x00, 0x03, 0x2a, 0x03, part]);
    const udh16 = parts(3, (part) => [0x06, 0x08, 0x04, 0x01, 0x2c, 0x03, part]);

    for (const shortMessage of udh8) {
      await submit(session, "447700900001", { esm_class: 0x40, short_message: shortMessage });
    }
    for (const shortMessage of udh16) {
      await submit(session, "447700900002", { esm_class: 0x40, short_message: shortMessage });
    }
    for (const segment of [1, 2, 3]) {
      await submit(session, "447700900003", {
        short_message: `segment ${segment}`,
        sar_msg_ref_num: 7,
        sar_total_segments: 3,
        sar_segment_seqnum: segment,
      });
    }
    await submit(session, "447700900001", { short_message: "a single message" });

    expect(sim().messagesByDestination()).toEqual(
      new Map([
        ["447700900001", 2],
        ["447700900002", 1],
        ["447700900003", 1],
      ]),
    );
    expect(sim().submitsByDestination()).toEqual(
      new Map([
        ["447700900001", 4],
        ["447700900002", 3],
        ["447700900003", 3],
      ]),
    );
    expect(sim().stats.submitted).toBe(10);
  });

  it("buckets accepted submits by wall-clock second, leaving out refused ones", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(SECOND * 1000 + 999);
    const session = await startWithClient({ faults: [{ suffix: "0", kind: "permanent" }] });

    await submitAll(session, ["441", "442", "440"]);
    vi.setSystemTime((SECOND + 2) * 1000);
    await submitAll(session, ["443", "444", "445", "450"]);

    expect(sim().acceptedPerSecond()).toEqual([
      { second: SECOND, count: 2 },
      { second: SECOND + 2, count: 3 },
    ]);
  });

  it("keeps counting past maxRecordedSubmits", async () => {
    const session = await startWithClient({ maxRecordedSubmits: 5 });
    const destinations = Array.from({ length: 40 }, (_, index) => `44${index % 4}`);

    await submitAll(session, destinations);

    expect(sim().stats.submitted).toBe(40);
    expect(sim().submits.map((accepted) => accepted.destinationAddr)).toEqual(destinations.slice(35));
    expect(sim().submitsByDestination()).toEqual(
      new Map([
        ["440", 10],
        ["441", 10],
        ["442", 10],
        ["443", 10],
      ]),
    );
  });

  it("starts every count again from zero on resetCounts, keeping binds and recorded submits", async () => {
    const session = await startWithClient({ faults: [{ suffix: "9", kind: "throttled" }] });
    await submitAll(session, ["441", "442", "449"]);

    sim().resetCounts();
    expect(sim().stats).toEqual({ binds: 1, boundSessions: 1, ...NO_SUBMITS, ...NO_DELIVERIES });
    expect(sim().submitsByDestination()).toEqual(new Map());
    expect(sim().messagesByDestination()).toEqual(new Map());
    expect(sim().acceptedPerSecond()).toEqual([]);
    expect(sim().submits).toHaveLength(2);

    await submitAll(session, ["441"]);
    expect(sim().stats).toMatchObject({ submitted: 1, throttled: 0 });
    expect(sim().submitsByDestination()).toEqual(new Map([["441", 1]]));
  });

  it("hands out copies, so a caller cannot change the counts", async () => {
    const session = await startWithClient();
    await submitAll(session, ["441"]);

    sim().submitsByDestination().set("441", 99);
    sim().messagesByDestination().clear();

    expect(sim().submitsByDestination()).toEqual(new Map([["441", 1]]));
    expect(sim().messagesByDestination()).toEqual(new Map([["441", 1]]));
  });
});
