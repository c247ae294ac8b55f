import { createServer as createTcpServer, type Server as TcpServer, type Socket } from "node:net";
import pino from "pino";
import smpp, { type PDU, type Server, type Session } from "smpp";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import {
  SmppBind,
  SmppConnectorClient,
  testBind,
  type BindState,
  type SmppBindOptions,
  type SmppBindSettings,
  type SubmitRequest,
} from "@/lib/smpp";
import { splitMessage } from "@/lib/templates/split-message";
import { createSmscSimulator, type SmscSimulator } from "@/worker/smsc-simulator/simulator";

const ACCOUNT = { systemId: "acme", password: "s3cret" };
const FAST_RECONNECT = { initialMs: 20, maxMs: 100 };

let simulator: SmscSimulator;
let simulatorPort: number;
const cleanups: (() => Promise<void> | void)[] = [];

beforeEach(async () => {
  simulator = createSmscSimulator({ port: 0, accounts: [ACCOUNT] });
  ({ port: simulatorPort } = await simulator.listen());
});

afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  await simulator.close();
});

/** A logger whose JSON lines the test can read. */
function testLogger() {
  const lines: Record<string, unknown>[] = [];
  const logger = pino(
    { level: "debug" },
    { write: (line: string) => void lines.push(JSON.parse(line) as Record<string, unknown>) },
  );
  return { logger, lines };
}

function settings(overrides: Partial<SmppBindSettings> = {}): SmppBindSettings {
  return {
    host: "127.0.0.1",
    port: simulatorPort,
    tls: false,
    systemId: ACCOUNT.systemId,
    password: ACCOUNT.password,
    systemType: "",
    bindMode: "transceiver",
    windowSize: 10,
    enquireLinkSeconds: 30,
    responseTimeoutSeconds: 30,
    sourceTon: 5,
    sourceNpi: 0,
    destTon: 1,
    destNpi: 1,
    ...overrides,
  };
}

function makeBind(overrides: Partial<SmppBindSettings> = {}, options: Partial<SmppBindOptions> = {}) {
  const { logger, lines } = testLogger();
  const states: BindState[] = [];
  const bind = new SmppBind(settings(overrides), {
    logger,
    reconnect: FAST_RECONNECT,
    onStateChange: (state) => states.push(state),
    ...options,
  });
  cleanups.push(() => bind.close({ timeoutMs: 0 }));
  return { bind, states, lines };
}

function request(destination: string, text = "Hello"): SubmitRequest {
  return {
    source: "Acme",
    destination,
    part: splitMessage(text, { reference: 1 })[0]!,
    registeredDelivery: true,
  };
}

/** The statuses a bind went through; onStateChange also reports a new error under the same status. */
function statusChanges(states: BindState[]): string[] {
  return states.map((state) => state.status).filter((status, i, all) => i === 0 || all[i - 1] !== status);
}

async function waitFor(condition: () => boolean, what: string, timeoutMs = 3_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

interface FakeSmsc {
  port: number;
  server: Server;
  /** Every request PDU received, in order, with the session it came on. */
  requests: { session: Session; pdu: PDU; at: number }[];
  submits(): { session: Session; pdu: PDU; at: number }[];
  binds: number;
}

interface FakeSmscBehaviour {
  /** command_status for a bind; default ESME_ROK. */
  bind?(pdu: PDU): number;
  /** Answers (or not) a submit_sm; default accepts with a message id. */
  submit?(session: Session, pdu: PDU): void;
  /** Default answers enquire_link. */
  enquireLink?(session: Session, pdu: PDU): void;
}

/** A bare SMPP server for the faults the simulator does not make: held responses, dropped connections. */
async function startFakeSmsc(
  behaviour: FakeSmscBehaviour = {},
  tls?: { key: string; cert: string },
): Promise<FakeSmsc> {
  const requests: FakeSmsc["requests"] = [];
  let nextId = 0;
  const fake: FakeSmsc = {
    port: 0,
    server: undefined as unknown as Server,
    requests,
    submits: () => requests.filter((entry) => entry.pdu.command === "submit_sm"),
    binds: 0,
  };
  const server = smpp.createServer(tls ?? {}, (session) => {
    session.on("error", () => session.destroy());
    session.on("pdu", (pdu) => {
      if (pdu.isResponse()) return;
      requests.push({ session, pdu, at: Date.now() });
      switch (pdu.command) {
        case "bind_transceiver":
        case "bind_transmitter":
        case "bind_receiver": {
          const status = behaviour.bind?.(pdu) ?? 0;
          if (status === 0) fake.binds += 1;
          session.send(pdu.response(status ? { command_status: status } : { system_id: "FAKESMSC" }));
          if (status) session.close();
          return;
        }
        case "submit_sm":
          if (behaviour.submit) behaviour.submit(session, pdu);
          else session.send(pdu.response({ message_id: `m${++nextId}` }));
          return;
        case "enquire_link":
          if (behaviour.enquireLink) behaviour.enquireLink(session, pdu);
          else session.send(pdu.response());
          return;
        case "unbind":
          session.send(pdu.response());
          session.close();
          return;
      }
    });
  });
  fake.server = server;
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  fake.port = (server.address() as { port: number }).port;
  cleanups.push(
    () =>
      new Promise<void>((resolve) => {
        for (const session of server.sessions) session.destroy();
        server.close(() => resolve());
      }),
  );
  return fake;
}

describe("SmppBind against the SMSC simulator", () => {
  it("binds a transceiver, submits, and reports the SMSC's message id", async () => {
    const { bind, states } = makeBind();
    await bind.start();

    expect(bind.state.status).toBe("bound");
    expect(states.map((state) => state.status)).toEqual(["bound"]);
    expect(simulator.stats).toMatchObject({ binds: 1, boundSessions: 1, submitted: 0 });

    const result = await bind.submit(request("+447700900001"));
    expect(result).toEqual({ outcome: "accepted", messageId: simulator.submits[0]!.messageId });
    expect(simulator.submits[0]).toMatchObject({
      systemId: "acme",
      sourceAddr: "Acme",
      destinationAddr: "447700900001",
      shortMessage: Buffer.from("Hello"),
      dataCoding: 0,
      esmClass: 0,
      registeredDelivery: 1,
    });
    expect(bind.outstanding).toBe(0);
  });

  it("binds a transmitter and a receiver for transmitter_receiver and submits on the transmitter", async () => {
    const { bind } = makeBind({ bindMode: "transmitter_receiver" });
    await bind.start();

    expect(bind.state.status).toBe("bound");
    expect(simulator.stats).toMatchObject({ binds: 2, boundSessions: 2, submitted: 0 });
    // The simulator refuses submits on a receiver bind, so acceptance shows they went to the transmitter.
    const results = await Promise.all([1, 2, 3].map((i) => bind.submit(request(`4477009000${i}`))));
    expect(results.map((result) => result.outcome)).toEqual(["accepted", "accepted", "accepted"]);
  });

  it("fails with a readable error on bad credentials and sends nothing", async () => {
    const { bind, states } = makeBind({ password: "wrong" });

    await expect(bind.start()).rejects.toThrow(
      "The SMSC refused bind_transceiver: ESME_RBINDFAIL (0x0000000D, Bind failed); check system_id, password and system_type",
    );
    expect(bind.state).toMatchObject({ status: "failed", error: expect.stringContaining("ESME_RBINDFAIL") });
    expect(states.at(-1)?.status).toBe("failed");
    expect(await bind.submit(request("447700900001"))).toEqual({
      outcome: "not_sent",
      reason: expect.stringContaining("ESME_RBINDFAIL"),
    });
    expect(simulator.stats.submitted).toBe(0);
  });

  it("sends multipart GSM-7 and UCS-2 byte-exact with the UDH and the UDHI bit", async () => {
    const { bind } = makeBind();
    await bind.start();
    const gsm = splitMessage(`Price: 10€ {ok} [yes] ~ ${"x".repeat(200)}`, { reference: 17 });
    const ucs2 = splitMessage(`Привет 👋 ${"ж".repeat(120)}`, { reference: 18 });
    expect(gsm.length).toBe(2);
    expect(ucs2.length).toBe(2);
    expect(ucs2[0]!.dataCoding).toBe(8);

    const parts = [...gsm, ...ucs2];
    const results = await Promise.all(
      parts.map((part) =>
        bind.submit({ source: "Acme", destination: "447700900001", part, registeredDelivery: false }),
      ),
    );

    expect(results.every((result) => result.outcome === "accepted")).toBe(true);
    expect(
      simulator.submits.map((submit) => [submit.shortMessage, submit.esmClass, submit.dataCoding]),
    ).toEqual(parts.map((part) => [Buffer.concat([part.udh!, part.bytes]), 0x40, part.dataCoding]));
    expect(simulator.submits[0]!.shortMessage.subarray(0, 6)).toEqual(Buffer.from([5, 0, 3, 17, 2, 1]));
    expect(simulator.submits[3]!.shortMessage.subarray(0, 6)).toEqual(Buffer.from([5, 0, 3, 18, 2, 2]));
    expect(simulator.submitsByDestination().get("447700900001")).toBe(4);
    expect(simulator.messagesByDestination().get("447700900001")).toBe(2);
  });

  it("unbinds cleanly on close, then refuses to submit or start", async () => {
    const { bind, states } = makeBind();
    await bind.start();
    expect(simulator.stats.boundSessions).toBe(1);

    await bind.close();

    expect(bind.state.status).toBe("closed");
    expect(states.map((state) => state.status)).toEqual(["bound", "closed"]);
    await waitFor(() => simulator.stats.boundSessions === 0, "the simulator to see the unbind");
    expect(await bind.submit(request("447700900001"))).toEqual({
      outcome: "not_sent",
      reason: "the SMPP bind is closed",
    });
    await expect(bind.start()).rejects.toThrow("is closed; create a new one to bind again");
  });

  it("comes back after the SMSC restarts and sends what was queued meanwhile", async () => {
    const { bind, states } = makeBind();
    await bind.start();
    await simulator.close();
    await waitFor(() => bind.state.status === "reconnecting", "the bind to notice");

    const queued = bind.submit(request("447700900009"));
    simulator = createSmscSimulator({ port: simulatorPort, accounts: [ACCOUNT] });
    await simulator.listen();

    expect(await queued).toMatchObject({ outcome: "accepted" });
    expect(bind.state.status).toBe("bound");
    expect(statusChanges(states)).toEqual(["bound", "reconnecting", "bound"]);
    expect(states[1]!.error).toBe(`The SMSC at 127.0.0.1:${simulatorPort} unbound the session`);
  });
});

describe("SmppBind refused binds", () => {
  it("stays failed after a refused bind, retries every maxMs, and binds once the SMSC accepts", async () => {
    let accept = false;
    const fake = await startFakeSmsc({ bind: () => (accept ? 0 : smpp.ESME_RINVPASWD) });
    const { bind, states } = makeBind({ port: fake.port });

    await expect(bind.start()).rejects.toThrow("The SMSC refused bind_transceiver: ESME_RINVPASWD");
    await waitFor(() => fake.requests.length >= 3, "two more bind attempts");
    expect(bind.state.status).toBe("failed");
    const attempts = fake.requests.map((entry) => entry.at);
    // maxMs is 100 in these tests: the retries are that far apart, not backing off from 20 ms.
    expect(attempts[2]! - attempts[1]!).toBeGreaterThanOrEqual(95);

    accept = true;
    await waitFor(() => bind.state.status === "bound", "the bind to succeed");
    expect(statusChanges(states)).toEqual(["failed", "bound"]);
    expect(await bind.submit(request("447700900001"))).toMatchObject({ outcome: "accepted" });
  });
});

describe("SmppBind window and timeouts", () => {
  it("never has more than windowSize submits outstanding and sends the rest in order", async () => {
    const held: { session: Session; pdu: PDU }[] = [];
    let mostHeld = 0;
    const fake = await startFakeSmsc({
      submit: (session, pdu) => {
        held.push({ session, pdu });
        mostHeld = Math.max(mostHeld, held.length);
      },
    });
    const { bind } = makeBind({ port: fake.port, windowSize: 3 });
    await bind.start();

    const destinations = Array.from({ length: 10 }, (_, i) => `4477009000${String(i).padStart(2, "0")}`);
    const results = Promise.all(destinations.map((destination) => bind.submit(request(destination))));
    expect([bind.outstanding, bind.queued]).toEqual([3, 7]);
    for (let answered = 0; answered < destinations.length; answered++) {
      const expected = Math.min(3, destinations.length - answered);
      await waitFor(() => held.length === expected, `${expected} submits held at the SMSC`);
      // A submit written beyond the window would arrive right behind the others.
      await new Promise((resolve) => setTimeout(resolve, 10));
      expect(bind.outstanding).toBeLessThanOrEqual(3);
      const { session, pdu } = held.shift()!;
      session.send(pdu.response({ message_id: pdu.destination_addr }));
    }

    expect(mostHeld).toBe(3);
    expect((await results).map((result) => result.outcome === "accepted" && result.messageId)).toEqual(
      destinations,
    );
    expect(fake.submits().map((entry) => entry.pdu.destination_addr)).toEqual(destinations);
    expect([bind.outstanding, bind.queued]).toEqual([0, 0]);
  });

  it("writes exactly windowSize submits to an SMSC that does not answer, the rest once those time out", async () => {
    simulator.configure({ faults: [{ suffix: "000", kind: "no_response" }] });
    const { bind } = makeBind({ windowSize: 3, responseTimeoutSeconds: 0.3 });
    await bind.start();

    const results = Promise.all([1, 2, 3, 4, 5].map((i) => bind.submit(request(`44770090${i}000`))));
    await waitFor(() => simulator.stats.unanswered === 3, "three unanswered submits");
    expect([bind.outstanding, bind.queued]).toEqual([3, 2]);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(simulator.stats.unanswered).toBe(3);

    expect(await results).toEqual(Array(5).fill({ outcome: "in_doubt", reason: "timeout" }));
    expect(simulator.stats.unanswered).toBe(5);
    expect([bind.outstanding, bind.queued]).toEqual([0, 0]);
  });

  it("reports in_doubt after the response timeout, frees the slot, and ignores the late response", async () => {
    simulator.configure({ responseLatencyMs: 400 });
    const { bind, lines } = makeBind({ windowSize: 1, responseTimeoutSeconds: 0.2 });
    await bind.start();

    const startedAt = Date.now();
    expect(await bind.submit(request("447700900666"))).toEqual({ outcome: "in_doubt", reason: "timeout" });
    expect(Date.now() - startedAt).toBeGreaterThanOrEqual(195);
    expect(bind.outstanding).toBe(0);
    const lateId = simulator.submits[0]!.messageId;

    await waitFor(() => lines.some((line) => line.messageId === lateId), "the late response to be logged");
    expect(lines.find((line) => line.messageId === lateId)).toMatchObject({
      level: 40,
      msg: "late submit_sm_resp for a submit_sm that had already timed out; ignored",
    });
    simulator.configure({ responseLatencyMs: 0 });
    expect(await bind.submit(request("447700900001"))).toEqual({
      outcome: "accepted",
      messageId: simulator.submits[1]!.messageId,
    });
    expect(bind.state.status).toBe("bound");
  });

  it("on a dropped connection reports written submits in doubt and sends queued ones after the rebind", async () => {
    let dropAfter = 2;
    const fake = await startFakeSmsc({
      submit: (session, pdu) => {
        if (dropAfter > 0 && --dropAfter === 0) session.destroy();
        else if (dropAfter === 0 && fake.binds > 1)
          session.send(pdu.response({ message_id: pdu.destination_addr }));
      },
    });
    const { bind, states } = makeBind({ port: fake.port, windowSize: 2 });
    await bind.start();

    const results = await Promise.all(
      ["447700900001", "447700900002", "447700900003", "447700900004", "447700900005"].map((destination) =>
        bind.submit(request(destination)),
      ),
    );

    expect(results).toEqual([
      { outcome: "in_doubt", reason: "bind_lost" },
      { outcome: "in_doubt", reason: "bind_lost" },
      { outcome: "accepted", messageId: "447700900003" },
      { outcome: "accepted", messageId: "447700900004" },
      { outcome: "accepted", messageId: "447700900005" },
    ]);
    expect(fake.binds).toBe(2);
    expect(states.map((state) => state.status)).toEqual(["bound", "reconnecting", "bound"]);
    expect(states[1]!.error).toBe(`The SMSC at 127.0.0.1:${fake.port} closed the connection`);
  });

  it("pauses submits for a second after ESME_RTHROTTLED and returns the part as throttled", async () => {
    simulator.configure({ faults: [{ suffix: "58", kind: "throttled" }] });
    const { bind } = makeBind();
    await bind.start();

    expect(await bind.submit(request("447700900058"))).toEqual({
      outcome: "rejected",
      commandStatus: 0x58,
      kind: "throttled",
    });
    const throttledAt = Date.now();
    expect(await bind.submit(request("447700900001"))).toMatchObject({ outcome: "accepted" });
    const waited = simulator.submits[0]!.receivedAt.getTime() - throttledAt;
    expect(waited).toBeGreaterThanOrEqual(950);
    expect(waited).toBeLessThan(1_500);
    expect(simulator.stats).toMatchObject({ throttled: 1, submitted: 1 });
  });

  it("holds submits back longer after ESME_RMSGQFUL than after throttling", async () => {
    simulator.configure({ faults: [{ suffix: "14", kind: "queue_full" }] });
    const { bind } = makeBind();
    await bind.start();

    expect(await bind.submit(request("447700900014"))).toEqual({
      outcome: "rejected",
      commandStatus: 0x14,
      kind: "queue_full",
    });
    const next = bind.submit(request("447700900002"));
    // Longer than the 1 s throttling pause: a full queue waits longer.
    await new Promise((resolve) => setTimeout(resolve, 1_200));
    expect(simulator.stats).toMatchObject({ rejected: 1, submitted: 0 });
    expect(bind.queued).toBe(1);
    await bind.close();
    expect(await next).toEqual({ outcome: "not_sent", reason: "the SMPP bind is closing" });
  });

  it("returns the SMSC's error status with its kind", async () => {
    simulator.configure({
      faults: [
        { suffix: "08", kind: "system_error" },
        { suffix: "11", kind: "permanent" },
      ],
    });
    const { bind } = makeBind();
    await bind.start();

    expect(
      await Promise.all([bind.submit(request("447700900008")), bind.submit(request("447700900011"))]),
    ).toEqual([
      { outcome: "rejected", commandStatus: 0x08, kind: "transient" },
      { outcome: "rejected", commandStatus: 0x0b, kind: "permanent" },
    ]);
    // No pause after these: the next submit goes straight out.
    expect(await bind.submit(request("447700900001"))).toMatchObject({ outcome: "accepted" });
  });

  it("matches a generic_nack to its submit by sequence number", async () => {
    const fake = await startFakeSmsc({
      submit: (session, pdu) => {
        if (pdu.destination_addr === "447700900002") {
          session.send(
            new smpp.PDU("generic_nack", {
              sequence_number: pdu.sequence_number,
              command_status: smpp.ESME_RINVCMDLEN,
            }),
          );
        } else session.send(pdu.response({ message_id: pdu.destination_addr }));
      },
    });
    const { bind } = makeBind({ port: fake.port });
    await bind.start();

    const results = await Promise.all(
      ["447700900001", "447700900002", "447700900003"].map((destination) =>
        bind.submit(request(destination)),
      ),
    );

    expect(results).toEqual([
      { outcome: "accepted", messageId: "447700900001" },
      { outcome: "rejected", commandStatus: 0x02, kind: "permanent" },
      { outcome: "accepted", messageId: "447700900003" },
    ]);
  });

  it("waits for outstanding submits on close and resolves queued ones as not sent", async () => {
    const held: { session: Session; pdu: PDU }[] = [];
    const fake = await startFakeSmsc({ submit: (session, pdu) => held.push({ session, pdu }) });
    const { bind } = makeBind({ port: fake.port, windowSize: 1 });
    await bind.start();

    const written = bind.submit(request("447700900001"));
    const queued = bind.submit(request("447700900002"));
    await waitFor(() => held.length === 1, "the first submit");
    const closing = bind.close();

    expect(await queued).toEqual({ outcome: "not_sent", reason: "the SMPP bind is closing" });
    held[0]!.session.send(held[0]!.pdu.response({ message_id: "answered" }));
    expect(await written).toEqual({ outcome: "accepted", messageId: "answered" });
    await closing;
    expect(fake.requests.map((entry) => entry.pdu.command)).toEqual([
      "bind_transceiver",
      "submit_sm",
      "unbind",
    ]);
  });
});

describe("SmppBind keep-alive and SMSC requests", () => {
  it("sends enquire_link while idle and keeps the bind", async () => {
    const fake = await startFakeSmsc();
    const { bind, states } = makeBind({ port: fake.port, enquireLinkSeconds: 0.05 });
    await bind.start();

    await waitFor(
      () => fake.requests.filter((entry) => entry.pdu.command === "enquire_link").length >= 3,
      "three enquire_links",
    );
    expect(bind.state.status).toBe("bound");
    expect(fake.binds).toBe(1);
    expect(states.map((state) => state.status)).toEqual(["bound"]);
  });

  it("reconnects when the SMSC stops answering enquire_link", async () => {
    let answer = false;
    const fake = await startFakeSmsc({
      enquireLink: (session, pdu) => {
        if (answer) session.send(pdu.response());
      },
    });
    const { bind, states } = makeBind({
      port: fake.port,
      enquireLinkSeconds: 0.05,
      responseTimeoutSeconds: 0.1,
    });
    await bind.start();
    answer = false;

    await waitFor(() => fake.binds === 2, "a second bind");
    answer = true;
    expect(states[1]).toMatchObject({
      status: "reconnecting",
      error: `No answer to enquire_link from 127.0.0.1:${fake.port} within 0.1 s`,
    });
    await waitFor(() => bind.state.status === "bound", "the bind to come back");
  });

  it("answers the SMSC's enquire_link and unbind, then binds again", async () => {
    const fake = await startFakeSmsc();
    const { bind, states } = makeBind({ port: fake.port });
    await bind.start();
    const session = fake.server.sessions[0]!;

    const enquireLinkResp = await new Promise<PDU>((resolve) => session.enquire_link({}, resolve));
    expect(enquireLinkResp).toMatchObject({ command: "enquire_link_resp", command_status: 0 });
    const unbindResp = await new Promise<PDU>((resolve) => session.unbind({}, resolve));
    expect(unbindResp).toMatchObject({ command: "unbind_resp", command_status: 0 });

    await waitFor(() => fake.binds === 2 && bind.state.status === "bound", "the bind to come back");
    expect(states[1]).toMatchObject({
      status: "reconnecting",
      error: `The SMSC at 127.0.0.1:${fake.port} unbound the session`,
    });
  });

  it("answers deliver_sm once the handler is done, with ESME_RX_T_APPN when it fails", async () => {
    const fake = await startFakeSmsc();
    const delivered: string[] = [];
    const { bind } = makeBind(
      { port: fake.port, bindMode: "transmitter_receiver" },
      {
        onDeliverSm: async (pdu) => {
          const text = String(pdu.short_message?.message);
          if (text === "fail") throw new Error("database down");
          await new Promise((resolve) => setTimeout(resolve, 20));
          delivered.push(text);
        },
      },
    );
    await bind.start();
    const receiver = fake.requests.find((entry) => entry.pdu.command === "bind_receiver")!.session;

    const deliver = (text: string) =>
      new Promise<PDU>((resolve) =>
        receiver.deliver_sm(
          { source_addr: "447700900001", destination_addr: "Acme", short_message: text },
          resolve,
        ),
      );
    const ok = await deliver("hello");
    expect(ok).toMatchObject({ command: "deliver_sm_resp", command_status: 0 });
    expect(delivered).toEqual(["hello"]);
    const failed = await deliver("fail");
    expect(failed).toMatchObject({ command: "deliver_sm_resp", command_status: 0x64 });
  });
});

describe("SmppBind over TLS", () => {
  it("binds and submits over TLS to an SMSC whose certificate it is given to trust", async () => {
    const fake = await startFakeSmsc({}, TEST_TLS);
    const { bind } = makeBind({ port: fake.port, tls: true }, { tlsOptions: { ca: TEST_TLS.cert } });
    await bind.start();

    expect(await bind.submit(request("447700900001"))).toEqual({ outcome: "accepted", messageId: "m1" });
    expect(fake.server.sessions[0]!.socket).toHaveProperty("encrypted", true);
  });
});

describe("SmppConnectorClient", () => {
  it("binds each of its binds and spreads submits over them", async () => {
    const held: { session: Session; pdu: PDU }[] = [];
    const fake = await startFakeSmsc({ submit: (session, pdu) => held.push({ session, pdu }) });
    const { logger } = testLogger();
    const client = new SmppConnectorClient(
      { ...settings({ port: fake.port }), binds: 3 },
      { logger, label: "c" },
    );
    cleanups.push(() => client.close({ timeoutMs: 0 }));
    await client.start();
    expect(client.states.map((state) => state.status)).toEqual(["bound", "bound", "bound"]);

    const results = Promise.all(
      Array.from({ length: 6 }, (_, i) => client.submit(request(`44770090000${i}`))),
    );
    await waitFor(() => held.length === 6, "six submits");
    const perSession = new Map<Session, number>();
    for (const { session } of held) perSession.set(session, (perSession.get(session) ?? 0) + 1);
    expect([...perSession.values()]).toEqual([2, 2, 2]);
    for (const { session, pdu } of held) session.send(pdu.response({ message_id: "x" }));
    expect((await results).every((result) => result.outcome === "accepted")).toBe(true);
  });

  it("names the bind whose state changed", async () => {
    const { logger } = testLogger();
    const changes: [number, string][] = [];
    const client = new SmppConnectorClient(
      { ...settings(), binds: 2 },
      { logger, onBindStateChange: (bindIndex, state) => changes.push([bindIndex, state.status]) },
    );
    await client.start();
    await client.close();

    expect(changes.filter(([index]) => index === 0).map(([, status]) => status)).toEqual(["bound", "closed"]);
    expect(changes.filter(([index]) => index === 1).map(([, status]) => status)).toEqual(["bound", "closed"]);
  });
});

describe("testBind", () => {
  it("binds, reports the time and the SMSC's system_id, and unbinds", async () => {
    const result = await testBind(settings(), { logger: testLogger().logger });

    expect(result).toEqual({ ok: true, ms: expect.any(Number), smscSystemId: "SMSCSIM" });
    expect(simulator.stats.binds).toBe(1);
    await waitFor(() => simulator.stats.boundSessions === 0, "the unbind");
  });

  it("binds both sessions of a transmitter_receiver connector", async () => {
    const result = await testBind(settings({ bindMode: "transmitter_receiver" }), {
      logger: testLogger().logger,
    });

    expect(result).toMatchObject({ ok: true, smscSystemId: "SMSCSIM" });
    expect(simulator.stats.binds).toBe(2);
  });

  it("reports a refused bind with the status name", async () => {
    expect(await testBind(settings({ password: "nope" }), { logger: testLogger().logger })).toEqual({
      ok: false,
      error:
        "The SMSC refused bind_transceiver: ESME_RBINDFAIL (0x0000000D, Bind failed); check system_id, password and system_type",
    });
  });

  it("reports a port nobody listens on", async () => {
    const closedPort = await freePort();
    expect(await testBind(settings({ port: closedPort }), { logger: testLogger().logger })).toEqual({
      ok: false,
      error: `Connection refused by 127.0.0.1:${closedPort} (nothing is listening on that port)`,
    });
  });

  it("reports an SMSC that never answers the bind", async () => {
    const silent = await silentServer();
    expect(
      await testBind(settings({ port: silent.port }), { timeoutMs: 300, logger: testLogger().logger }),
    ).toEqual({
      ok: false,
      error: `No answer to bind_transceiver from 127.0.0.1:${silent.port} within 0.3 s`,
    });
  });

  it("reports an SMSC certificate this machine does not trust", async () => {
    const fake = await startFakeSmsc({}, TEST_TLS);
    const result = await testBind(settings({ port: fake.port, tls: true }), { logger: testLogger().logger });
    expect(result).toEqual({
      ok: false,
      error: `TLS handshake with 127.0.0.1:${fake.port} failed: self-signed certificate (DEPTH_ZERO_SELF_SIGNED_CERT)`,
    });
  });

  it("reports a TLS handshake that fails on a plain SMPP port", async () => {
    const result = await testBind(settings({ tls: true }), { timeoutMs: 2_000, logger: testLogger().logger });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).toMatch(/^TLS handshake with 127\.0\.0\.1:\d+ failed/);
  });
});

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createTcpServer();
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** Accepts TCP connections and never says a word. */
async function silentServer(): Promise<{ port: number }> {
  const sockets: Socket[] = [];
  const server: TcpServer = createTcpServer((socket) => sockets.push(socket));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  cleanups.push(
    () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  );
  return { port: (server.address() as { port: number }).port };
}

/** A self-signed certificate for 127.0.0.1 (valid until 2126), for the TLS tests only. */
const TEST_TLS = {
  key: `-----BEGIN PRIVATE KEY-----
MIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQgzs2pfX67ua7mdIDk
/g3Jj0X2XsWuRCd/0mQVU35OiIuhRANCAAT5jRo+KPERpONiBZJ9lI6JYhbqu9lz
ShQSQK1EQfnhha99ypFtYHZSUzFCONT+W+6Wddd+6IBsdytiCYaAKVrt
-----END PRIVATE KEY-----
`,
  cert: `-----BEGIN CERTIFICATE-----
MIIBmjCCAUGgAwIBAgIUARVDNxvXpBwLiU6gdnmTARi/TLMwCgYIKoZIzj0EAwIw
FDESMBAGA1UEAwwJbG9jYWxob3N0MCAXDTI2MTEyNTE1MTUyOVoYDzIxMjYxMTAx
MTUxNTI5WjAUMRIwEAYDVQQDDAlsb2NhbGhvc3QwWTATBgcqhkjOPQIBBggqhkjO
PQMBBwNCAAT5jRo+KPERpONiBZJ9lI6JYhbqu9lzShQSQK1EQfnhha99ypFtYHZS
UzFCONT+W+6Wddd+6IBsdytiCYaAKVrto28wbTAdBgNVHQ4EFgQUO1RbB26T7evj
gCdm2T8nVJY5VT0wHwYDVR0jBBgwFoAUO1RbB26T7evjgCdm2T8nVJY5VT0wDwYD
VR0TAQH/BAUwAwEB/zAaBgNVHREEEzARgglsb2NhbGhvc3SHBH8AAAEwCgYIKoZI
zj0EAwIDRwAwRAIgdqBy+wjoGx5FquWojOYY4s5w38s6f3DtuTE0coYsQ84CIET3
lB7AKzNXgs+A0HohIC8hjVt9luqXeL0iP4nlCQrQ
-----END CERTIFICATE-----
`,
};
