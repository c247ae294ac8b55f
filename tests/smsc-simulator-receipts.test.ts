import { execFile } from "node:child_process";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import smpp, { type Command, type PDU, type PduOptions, type Session } from "smpp";
import { afterEach, describe, expect, it } from "vitest";
import {
  normalizeSmscMessageId,
  RECEIPT_STATS,
  readMo,
  readReceipt,
  type DeliveryReceipt,
  type InboundMessage,
  type ReceiptStat,
} from "@/lib/smpp";
import { autoReplyText } from "@/worker/smsc-simulator/auto-reply";
import { InvalidInjectionError, NoReceiverError } from "@/worker/smsc-simulator/injection";
import {
  createSmscSimulator,
  type SimulatorOptions,
  type SmscSimulator,
} from "@/worker/smsc-simulator/simulator";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const execFileAsync = promisify(execFile);
const ACCOUNT = { systemId: "acme", password: "s3cret" };
const OTHER_ACCOUNT = { systemId: "globex", password: "pa55" };
const SENDER = "4915100000001";
const ESME_RX_T_APPN = 0x64;
const RECEIPT_TEXT =
  /^id:(\S+) sub:001 dlvrd:(00[01]) submit date:(\d{10}) done date:(\d{10}) stat:([A-Z]{7}) err:(\d{3}) text:(.*)$/s;

let simulator: SmscSimulator | undefined;
let smppPort = 0;
const sessions: Session[] = [];

afterEach(async () => {
  for (const session of sessions.splice(0)) session.destroy();
  await simulator?.close();
  simulator = undefined;
});

async function start(options: Partial<SimulatorOptions> = {}): Promise<{ controlPort?: number }> {
  simulator = createSmscSimulator({ port: 0, accounts: [ACCOUNT, OTHER_ACCOUNT], ...options });
  const address = await simulator.listen();
  smppPort = address.port;
  return address;
}

function sim(): SmscSimulator {
  if (!simulator) throw new Error("no simulator started");
  return simulator;
}

/**
 * A bare ESME on the smpp package: it records every deliver_sm and answers
 * with what `answer` returns (null holds the answer back in `held`).
 */
interface Esme {
  session: Session;
  received: PDU[];
  held: PDU[];
  answer: (pdu: PDU) => number | null;
}

async function bindEsme(
  mode: "bind_transceiver" | "bind_transmitter" | "bind_receiver" = "bind_transceiver",
  account = ACCOUNT,
): Promise<Esme> {
  const session = await new Promise<Session>((resolve, reject) => {
    const connecting = smpp.connect({ host: "127.0.0.1", port: smppPort }, () => resolve(connecting));
    connecting.on("error", reject);
  });
  sessions.push(session);
  const esme: Esme = { session, received: [], held: [], answer: () => smpp.ESME_ROK };
  session.on("deliver_sm", (pdu) => {
    esme.received.push(pdu);
    const status = esme.answer(pdu);
    if (status === null) esme.held.push(pdu);
    else respond(session, pdu, status);
  });
  const bound = await request(session, mode, { system_id: account.systemId, password: account.password });
  expect(bound.command_status).toBe(smpp.ESME_ROK);
  return esme;
}

function respond(session: Session, pdu: PDU, status: number): void {
  session.send(pdu.response(status === smpp.ESME_ROK ? {} : { command_status: status }));
}

function request(session: Session, command: Command, options: PduOptions = {}): Promise<PDU> {
  return new Promise((resolve, reject) => {
    if (!session[command](options, resolve)) reject(new Error(`${command} could not be sent`));
  });
}

/** A submit_sm asking for a receipt; resolves with the message id. */
async function submit(esme: Esme, destination: string, options: PduOptions = {}): Promise<string> {
  const response = await request(esme.session, "submit_sm", {
    source_addr: SENDER,
    destination_addr: destination,
    registered_delivery: 1,
    short_message: Buffer.from("hi", "ascii"),
    ...options,
  });
  expect(response.command_status).toBe(smpp.ESME_ROK);
  return response.message_id!;
}

async function poll(condition: () => boolean, what: string, timeoutMs = 5_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

function receiptOf(pdu: PDU): DeliveryReceipt {
  const reading = readReceipt(pdu);
  if (!reading.ok) throw new Error(`receipt not read: ${reading.problem}`);
  return reading.receipt;
}

function moOf(pdu: PDU): InboundMessage {
  const reading = readMo(pdu);
  if (!reading.ok) throw new Error(`MO not read: ${reading.problem}`);
  return reading.mo;
}

function textOf(pdu: PDU): string {
  return receiptOf(pdu).raw.replace(/ \[.*\]$/, "");
}

describe("SMSC simulator receipts", () => {
  it("sends a DELIVRD receipt in the standard text with its TLVs, from the handset to the sender", async () => {
    await start({ receipts: {} });
    const esme = await bindEsme();
    const before = Date.now();
    const messageId = await submit(esme, "447700900001", {
      short_message: Buffer.from("Your code is 4711, valid 5 min"),
    });
    await poll(() => esme.received.length === 1, "the receipt");

    const [pdu] = esme.received;
    expect(pdu).toMatchObject({
      esm_class: 0x04,
      source_addr_ton: 1,
      source_addr: "447700900001",
      destination_addr: SENDER,
      receipted_message_id: messageId,
      message_state: 2,
      network_error_code: Buffer.from([3, 0, 0]),
    });
    const match = RECEIPT_TEXT.exec(textOf(pdu!));
    expect(match?.slice(1)).toEqual([
      messageId,
      "001",
      expect.any(String),
      expect.any(String),
      "DELIVRD",
      "000",
      "Your code is 4711, v",
    ]);
    expect(receiptOf(pdu!)).toMatchObject({
      smscMessageId: normalizeSmscMessageId(messageId),
      stat: "DELIVRD",
      errorCode: 0,
    });
    expect(receiptOf(pdu!).doneDate!.getTime()).toBeGreaterThanOrEqual(Math.floor(before / 60_000) * 60_000);

    await poll(() => sim().stats.receiptsSent === 1, "the receipt to be counted");
    expect(sim().stats).toMatchObject({ receiptsSent: 1, receiptsPending: 0, receiptsDropped: 0 });
    expect(sim().receiptsSent()).toEqual([
      { messageId, destination: "447700900001", stat: "DELIVRD", sentAt: expect.any(Number) },
    ]);
    expect(sim().receiptsSent()[0]!.sentAt).toBeGreaterThanOrEqual(before);
  });

  const MESSAGE_STATE: Record<ReceiptStat, number> = {
    ENROUTE: 1,
    DELIVRD: 2,
    EXPIRED: 3,
    DELETED: 4,
    UNDELIV: 5,
    ACCEPTD: 6,
    UNKNOWN: 7,
    REJECTD: 8,
  };
  const FAILED = ["UNDELIV", "EXPIRED", "DELETED", "REJECTD"];

  it.each(RECEIPT_STATS)(
    "sends %s with its message_state and err when that is the only outcome",
    async (stat) => {
      await start({ receipts: { outcomes: { [stat]: 1 } } });
      const esme = await bindEsme();
      const messageId = await submit(esme, "447700900002");
      await poll(() => esme.received.length === 1, "the receipt");

      const [pdu] = esme.received;
      const err = FAILED.includes(stat) ? 1 : 0;
      expect(pdu).toMatchObject({
        message_state: MESSAGE_STATE[stat],
        network_error_code: Buffer.from([3, 0, err]),
      });
      expect(RECEIPT_TEXT.exec(textOf(pdu!))?.slice(1)).toEqual([
        messageId,
        stat === "DELIVRD" ? "001" : "000",
        expect.any(String),
        expect.any(String),
        stat,
        `00${err}`,
        "hi",
      ]);
      expect(receiptOf(pdu!)).toMatchObject({ stat, errorCode: err });
    },
  );

  it("draws a mix of outcomes by weight and records each receipt as sent", async () => {
    await start({ receipts: { outcomes: { DELIVRD: 1, UNDELIV: 1, EXPIRED: 0 } } });
    const esme = await bindEsme();
    const destinations = Array.from({ length: 200 }, (_, i) => `4477009${String(i).padStart(5, "0")}`);
    const ids = await Promise.all(destinations.map((destination) => submit(esme, destination)));
    await poll(() => sim().stats.receiptsSent === 200, "200 receipts");

    const stats = esme.received.map((pdu) => receiptOf(pdu).stat);
    expect(new Set(stats)).toEqual(new Set(["DELIVRD", "UNDELIV"]));
    const records = sim().receiptsSent();
    expect(records.map((record) => record.messageId).sort()).toEqual([...ids].sort());
    const statById = new Map(esme.received.map((pdu) => [pdu.receipted_message_id, receiptOf(pdu).stat]));
    for (const record of records) expect(record.stat).toBe(statById.get(record.messageId));
  });

  it("sends none when the submit does not ask, nor when receipts are off", async () => {
    await start({ receipts: {} });
    const esme = await bindEsme();
    await submit(esme, "447700900003", { registered_delivery: 0 });
    sim().configure({ receipts: null });
    await submit(esme, "447700900004", { registered_delivery: 1 });
    // Answered in order, so the enquire_link answer comes after anything those submits caused.
    await request(esme.session, "enquire_link");
    await new Promise((resolve) => setTimeout(resolve, 50));

    expect(esme.received).toEqual([]);
    expect(sim().stats).toMatchObject({ submitted: 2, receiptsSent: 0, receiptsPending: 0 });
  });

  it("sends each part of a concatenated message its own receipt", async () => {
    await start({ receipts: {} });
    const esme = await bindEsme();
    const ids: string[] = [];
    for (const part of [1, 2, 3]) {
      const udh = Buffer.from([0x05, 0x00, 0x03, 0x2a, 0x03, part]);
      ids.push(
        await submit(esme, "447700900005", {
          esm_class: 0x40,
          short_message: Buffer.concat([udh, Buffer.from(`part ${part} of the text`, "ascii")]),
        }),
      );
    }
    await poll(() => esme.received.length === 3, "three receipts");

    const byId = new Map(
      esme.received.map((pdu) => [pdu.receipted_message_id, RECEIPT_TEXT.exec(textOf(pdu))?.[7]]),
    );
    expect(byId).toEqual(
      new Map([
        [ids[0], "part 1 of the text"],
        [ids[1], "part 2 of the text"],
        [ids[2], "part 3 of the text"],
      ]),
    );
    expect(new Set(ids).size).toBe(3);
  });

  it("sends receipts after their delay, in whatever order the delays give", async () => {
    await start({ receipts: { delayMs: { min: 50, max: 250 } } });
    const esme = await bindEsme();
    const submittedAt = Date.now();
    const ids = await Promise.all(
      Array.from({ length: 40 }, (_, i) => submit(esme, `4477009001${String(i).padStart(2, "0")}`)),
    );
    await poll(() => esme.received.length === 40, "40 receipts");

    expect(esme.received.map((pdu) => pdu.receipted_message_id).sort()).toEqual([...ids].sort());
    for (const record of sim().receiptsSent()) expect(record.sentAt).toBeGreaterThanOrEqual(submittedAt + 50);
  });

  it("tries a receipt again when the ESME answers ESME_RX_T_APPN, and counts it sent once", async () => {
    await start({ receipts: { retryMs: 100 } });
    const esme = await bindEsme();
    let refusals = 2;
    esme.answer = () => (refusals-- > 0 ? ESME_RX_T_APPN : smpp.ESME_ROK);
    const messageId = await submit(esme, "447700900006");
    await poll(() => sim().stats.receiptsSent === 1, "the receipt to be taken");

    expect(esme.received.map((pdu) => pdu.receipted_message_id)).toEqual([messageId, messageId, messageId]);
    expect(sim().stats).toMatchObject({ receiptsSent: 1, receiptsPending: 0, receiptsDropped: 0 });
    expect(sim().receiptsSent()).toHaveLength(1);
  });

  it("keeps a receipt while no receiver is bound and sends it once one binds", async () => {
    await start({ receipts: { retryMs: 100 } });
    const transmitter = await bindEsme("bind_transmitter");
    const messageId = await submit(transmitter, "447700900007");
    await new Promise((resolve) => setTimeout(resolve, 250));
    expect(sim().stats).toMatchObject({ receiptsSent: 0, receiptsPending: 1 });

    // A receiver of another account does not get it.
    const stranger = await bindEsme("bind_receiver", OTHER_ACCOUNT);
    const receiver = await bindEsme("bind_receiver");
    await poll(() => receiver.received.length === 1, "the receipt at the receiver");

    expect(receiver.received[0]!.receipted_message_id).toBe(messageId);
    expect(transmitter.received).toEqual([]);
    expect(stranger.received).toEqual([]);
    await poll(() => sim().stats.receiptsSent === 1, "the receipt to be counted");
    expect(sim().stats).toMatchObject({ receiptsPending: 0, receiptsDropped: 0 });
  });

  it("drops a receipt after maxAttempts tries and counts it", async () => {
    await start({ receipts: { retryMs: 20, maxAttempts: 3 } });
    const transmitter = await bindEsme("bind_transmitter");
    await submit(transmitter, "447700900008");
    await poll(() => sim().stats.receiptsDropped === 1, "the receipt to be dropped");

    expect(sim().stats).toMatchObject({ receiptsSent: 0, receiptsPending: 0, receiptsDropped: 1 });
  });

  it("tries again the receipts a closed connection left unanswered", async () => {
    await start({ receipts: { retryMs: 50 } });
    const first = await bindEsme();
    first.answer = () => null;
    const messageId = await submit(first, "447700900009");
    await poll(() => first.held.length === 1, "the receipt at the first ESME");
    first.session.destroy();
    const second = await bindEsme("bind_receiver");
    await poll(() => second.received.length === 1, "the receipt at the second ESME");

    expect(second.received[0]!.receipted_message_id).toBe(messageId);
    await poll(() => sim().stats.receiptsSent === 1, "the receipt to be counted");
  });

  it("keeps at most deliverWindow deliver_sm unanswered per session", async () => {
    await start({ receipts: {}, deliverWindow: 3 });
    const esme = await bindEsme();
    esme.answer = () => null;
    await Promise.all(Array.from({ length: 10 }, (_, i) => submit(esme, `44770090100${i}`)));
    await poll(() => esme.held.length === 3, "three receipts");
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(esme.held).toHaveLength(3);

    esme.answer = () => smpp.ESME_ROK;
    for (const pdu of esme.held.splice(0)) respond(esme.session, pdu, smpp.ESME_ROK);
    await poll(() => sim().stats.receiptsSent === 10, "all ten receipts");
    expect(esme.received).toHaveLength(10);
  });

  it("accepts a submit to an 'undelivered' destination and sends UNDELIV err 001, receipts on or off", async () => {
    await start({ faults: [{ suffix: "97", kind: "undelivered" }] });
    const esme = await bindEsme();
    const offId = await submit(esme, "447700900097");
    await submit(esme, "447700900098");
    await poll(() => esme.received.length === 1, "the UNDELIV receipt");
    sim().configure({ receipts: { outcomes: { DELIVRD: 1 } } });
    const onId = await submit(esme, "447700900197");
    await submit(esme, "447700900198");
    await poll(() => esme.received.length === 3, "two more receipts");

    const stats = new Map(esme.received.map((pdu) => [pdu.receipted_message_id, receiptOf(pdu)]));
    expect(stats.get(offId)).toMatchObject({ stat: "UNDELIV", errorCode: 1 });
    expect(stats.get(onId)).toMatchObject({ stat: "UNDELIV", errorCode: 1 });
    expect(esme.received.find((pdu) => pdu.receipted_message_id === onId)?.message_state).toBe(5);
    expect([...stats.values()].map((receipt) => receipt.stat).sort()).toEqual([
      "DELIVRD",
      "UNDELIV",
      "UNDELIV",
    ]);
    expect(sim().stats).toMatchObject({ submitted: 4, rejected: 0 });
  });

  it("writes the text's id in hex as issued, or in decimal, and the reader matches both to the issued id", async () => {
    await start({ receipts: { idInText: "decimal", tlvs: false } });
    const esme = await bindEsme();
    const messageId = await submit(esme, "447700900010");
    sim().configure({ receipts: { idInText: "hex", tlvs: false } });
    const hexId = await submit(esme, "447700900011");
    await poll(() => esme.received.length === 2, "two receipts");

    const [decimal, hex] = esme.received.map((pdu) => receiptOf(pdu));
    expect(esme.received[0]!.receipted_message_id).toBeUndefined();
    expect(decimal!.smscMessageId).toBe(BigInt(`0x${messageId}`).toString(10));
    expect(decimal!.idCandidates).toContain(normalizeSmscMessageId(messageId));
    expect(hex!.smscMessageId).toBe(normalizeSmscMessageId(hexId));
    expect(RECEIPT_TEXT.exec(textOf(esme.received[1]!))?.[1]).toBe(hexId);
  });

  it("changes and reports the receipt settings through configure()", async () => {
    await start();
    expect(sim().behaviour).toMatchObject({ receipts: null, autoReply: null, deliverWindow: 1_000 });
    sim().configure({
      receipts: { delayMs: { min: 1, max: 2 }, outcomes: { UNDELIV: 2 } },
      deliverWindow: 5,
    });
    expect(sim().behaviour).toMatchObject({
      receipts: {
        delayMs: { min: 1, max: 2 },
        outcomes: { UNDELIV: 2 },
        idInText: "hex",
        tlvs: true,
        retryMs: 1_000,
        maxAttempts: 600,
      },
      deliverWindow: 5,
    });
    expect(() => sim().configure({ receipts: { outcomes: { DELIVRD: 0 } } })).toThrow(
      "receipts.outcomes: at least one outcome needs a weight above 0",
    );
  });
});

describe("SMSC simulator inbound messages", () => {
  it("injects a GSM-7 MO that readMo reads back, and resolves with the ESME's answer", async () => {
    await start();
    const esme = await bindEsme();
    const text = "Hello {world} €5 @home_ [x] ~ ^ | \\ ÄÖÑÜ§¿";

    await expect(sim().injectMo({ from: "+447700900123", to: "88000", text })).resolves.toBe(smpp.ESME_ROK);

    const [pdu] = esme.received;
    expect(pdu).toMatchObject({
      esm_class: 0,
      data_coding: 0,
      source_addr_ton: 1,
      source_addr: "447700900123",
    });
    expect(moOf(pdu!)).toEqual({ from: "+447700900123", to: "88000", text, dataCoding: 0, part: null });
  });

  it("injects UCS-2 when the text needs it or when asked, and long texts in message_payload", async () => {
    await start();
    const esme = await bindEsme();
    const unicode = "Привет 👋 你好";
    // Ж is not in GSM-7 (Ω is), so 300 of them take 600 octets of UCS-2.
    const long = "Ж".repeat(300);

    await sim().injectMo({ from: "447700900123", to: SENDER, text: unicode });
    await sim().injectMo({ from: "447700900123", to: SENDER, text: "plain", dataCoding: 8 });
    await sim().injectMo({ from: "447700900123", to: SENDER, text: long });

    expect(esme.received.map((pdu) => moOf(pdu))).toEqual([
      { from: "+447700900123", to: `+${SENDER}`, text: unicode, dataCoding: 8, part: null },
      { from: "+447700900123", to: `+${SENDER}`, text: "plain", dataCoding: 8, part: null },
      { from: "+447700900123", to: `+${SENDER}`, text: long, dataCoding: 8, part: null },
    ]);
    expect(esme.received[2]!.message_payload).toBeDefined();
    await expect(sim().injectMo({ from: "1", to: "2", text: "👋", dataCoding: 0 })).rejects.toThrow(
      InvalidInjectionError,
    );
  });

  it("passes on the ESME's error answer, and refuses when no receiver is bound", async () => {
    await start();
    await expect(sim().injectMo({ from: "447700900123", to: "88000", text: "hi" })).rejects.toThrow(
      NoReceiverError,
    );
    await bindEsme("bind_transmitter");
    await expect(sim().injectMo({ from: "447700900123", to: "88000", text: "hi" })).rejects.toThrow(
      "no receiving session is bound",
    );
    const esme = await bindEsme("bind_receiver");
    esme.answer = () => ESME_RX_T_APPN;
    await expect(sim().injectMo({ from: "447700900123", to: "88000", text: "hi" })).resolves.toBe(
      ESME_RX_T_APPN,
    );
    await expect(
      sim().injectMo({ from: "447700900123", to: "88000", text: "hi", systemId: OTHER_ACCOUNT.systemId }),
    ).rejects.toThrow('no receiving session of "globex" is bound');
  });

  it("injects raw deliver_sm: malformed receipts, unknown data_coding, empty and over-long MOs", async () => {
    await start();
    const esme = await bindEsme();

    await sim().injectDeliverSm({ esmClass: 0x04, shortMessage: Buffer.from("garbage, no receipt fields") });
    await sim().injectDeliverSm({ esmClass: 0x04, shortMessage: Buffer.from("id:abc stat:LOST err:000") });
    await sim().injectDeliverSm({
      esmClass: 0x04,
      receiptedMessageId: "00ABC",
      messageState: 3,
      networkErrorCode: 258,
    });
    await sim().injectDeliverSm({
      sourceAddr: "447700900123",
      dataCoding: 0x04,
      shortMessage: Buffer.from([1, 2]),
    });
    await sim().injectDeliverSm({ sourceAddr: "447700900123", shortMessage: Buffer.alloc(0) });
    await sim().injectDeliverSm({
      sourceAddr: "447700900123",
      dataCoding: 1,
      messagePayload: Buffer.alloc(2_000, 0x61),
    });

    const [garbage, unknownStat, tlvOnly, binary, empty, overLong] = esme.received;
    expect(readReceipt(garbage!)).toMatchObject({
      ok: false,
      problem: expect.stringContaining("names no message"),
    });
    expect(readReceipt(unknownStat!)).toMatchObject({
      ok: false,
      problem: expect.stringContaining("stat:LOST"),
    });
    expect(receiptOf(tlvOnly!)).toMatchObject({ smscMessageId: "abc", stat: "EXPIRED", errorCode: 258 });
    expect(readMo(binary!)).toMatchObject({
      ok: false,
      from: "+447700900123",
      problem: expect.stringContaining("0x04"),
    });
    expect(readMo(empty!)).toMatchObject({
      ok: false,
      problem: "the message is empty: no short_message and no message_payload",
    });
    expect(readMo(overLong!)).toMatchObject({
      ok: false,
      problem: "the message is 2000 characters long; at most 1600 are taken",
    });
    await expect(sim().injectDeliverSm({ shortMessage: Buffer.alloc(255) })).rejects.toThrow(
      InvalidInjectionError,
    );
  });
});

describe("SMSC simulator auto-replies", () => {
  it("has exactly the share of destinations chosen by hash reply once each", async () => {
    const autoReply = { share: 0.3, texts: ["Yes please", "STOP", "Wer ist da?"] };
    await start({ autoReply });
    const esme = await bindEsme();
    const destinations = Array.from({ length: 100 }, (_, i) => `4477009020${String(i).padStart(2, "0")}`);
    const expected = destinations.filter((destination) => autoReplyText(destination, autoReply) !== null);
    expect(expected.length).toBeGreaterThan(15);
    expect(expected.length).toBeLessThan(45);

    await Promise.all(
      destinations.map((destination) => submit(esme, destination, { registered_delivery: 0 })),
    );
    // A second message to the same numbers brings no second reply.
    await Promise.all(
      destinations.map((destination) => submit(esme, destination, { registered_delivery: 0 })),
    );
    await poll(() => sim().stats.autoRepliesSent === expected.length, "the replies");
    await new Promise((resolve) => setTimeout(resolve, 50));

    const replies = esme.received.map((pdu) => moOf(pdu));
    expect(replies.map((reply) => reply.from).sort()).toEqual(expected.map((number) => `+${number}`).sort());
    for (const reply of replies) {
      expect(reply.to).toBe(`+${SENDER}`);
      expect(reply.text).toBe(autoReplyText(reply.from.slice(1), autoReply));
    }
    expect(sim().stats).toMatchObject({ autoRepliesSent: expected.length, autoRepliesPending: 0 });
  });
});

describe("SMSC simulator control server: receipts and MO", () => {
  async function call(url: string, init?: RequestInit): Promise<{ status: number; body: unknown }> {
    const response = await fetch(url, init);
    const text = await response.text();
    return { status: response.status, body: text ? JSON.parse(text) : undefined };
  }

  function post(url: string, body: unknown) {
    return call(url, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(body),
    });
  }

  it("sends an MO on POST /mo and answers with the ESME's command_status", async () => {
    const { controlPort } = await start({ controlPort: 0 });
    const control = `http://127.0.0.1:${controlPort}`;

    expect(await post(`${control}/mo`, { from: "447700900123", to: "88000", text: "STOP" })).toEqual({
      status: 409,
      body: { error: "no receiving session is bound (bind as receiver or transceiver)" },
    });
    const esme = await bindEsme();
    expect(await post(`${control}/mo`, { from: "447700900123", to: "88000", text: "STOP" })).toEqual({
      status: 200,
      body: { commandStatus: 0 },
    });
    expect(moOf(esme.received[0]!)).toMatchObject({ from: "+447700900123", text: "STOP" });
    const bad = await post(`${control}/mo`, { from: "447700900123", text: "" });
    expect(bad.status).toBe(400);
    expect(bad.body).toEqual({ error: expect.stringMatching(/^invalid MO: .*to.*text/) });
  });

  it("sends any deliver_sm on POST /deliver-sm and lists the receipts sent on GET /receipts", async () => {
    const { controlPort } = await start({ controlPort: 0, receipts: {} });
    const control = `http://127.0.0.1:${controlPort}`;
    const esme = await bindEsme();

    expect(
      await post(`${control}/deliver-sm`, {
        esmClass: 4,
        dataCoding: 8,
        shortMessageHex: "0069006400",
        sourceAddr: "1",
      }),
    ).toEqual({ status: 200, body: { commandStatus: 0 } });
    expect(esme.received[0]).toMatchObject({ esm_class: 4, data_coding: 8 });
    expect((await post(`${control}/deliver-sm`, { shortMessageHex: "0g" })).status).toBe(400);

    const ids = [await submit(esme, "447700900011"), await submit(esme, "447700900012")];
    await poll(() => sim().stats.receiptsSent === 2, "two receipts");
    const all = await call(`${control}/receipts`);
    expect(all).toEqual({
      status: 200,
      body: {
        total: 2,
        receipts: expect.arrayContaining(
          ids.map((messageId) => ({
            messageId,
            destination: expect.any(String),
            stat: "DELIVRD",
            sentAt: expect.any(Number),
          })),
        ),
      },
    });
    expect(
      ((await call(`${control}/receipts?offset=1&limit=5`)).body as { receipts: unknown[] }).receipts,
    ).toHaveLength(1);
    expect((await call(`${control}/receipts?limit=x`)).status).toBe(400);
    expect((await call(`${control}/stats`)).body).toMatchObject({
      receiptsSent: 2,
      receiptsPending: 0,
      receiptsDropped: 0,
    });
  });

  it("sends an MO and lists receipts with control-cli", async () => {
    const { controlPort } = await start({ controlPort: 0, receipts: {} });
    const esme = await bindEsme();
    const messageId = await submit(esme, "447700900013");
    await poll(() => sim().stats.receiptsSent === 1, "the receipt");

    const cli = async (...args: string[]) => {
      const { stdout } = await execFileAsync(
        process.execPath,
        ["--import", "tsx", "worker/smsc-simulator/control-cli.ts", "--port", String(controlPort), ...args],
        { cwd: ROOT, timeout: 30_000 },
      );
      return JSON.parse(stdout) as unknown;
    };
    expect(
      await cli("mo", "--from", "+447700900123", "--to", "88000", "--text", "Привет", "--data-coding", "8"),
    ).toEqual({
      commandStatus: 0,
    });
    await poll(() => esme.received.length === 2, "the MO");
    expect(moOf(esme.received[1]!)).toMatchObject({
      from: "+447700900123",
      to: "88000",
      text: "Привет",
      dataCoding: 8,
    });
    expect(await cli("receipts", "--limit", "1")).toEqual({
      total: 1,
      receipts: [{ messageId, destination: "447700900013", stat: "DELIVRD", sentAt: expect.any(Number) }],
    });
    await expect(cli("mo", "--from", "1", "--text", "x")).rejects.toThrow("mo needs --to");
  });
});
