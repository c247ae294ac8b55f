import smpp, { type PduOptions } from "smpp";
import { describe, expect, it } from "vitest";
import { isDeliveryReceipt } from "./is-delivery-receipt";
import { readReceipt, type DeliveryReceipt } from "./read-receipt";
import { RECEIPT_STATS } from "./receipt-stat";

/** A deliver_sm as an ESME receives it: encoded, then parsed back by the smpp package. */
function received(fields: PduOptions) {
  const pdu = smpp.PDU.fromBuffer(new smpp.PDU("deliver_sm", { esm_class: 0x04, ...fields }).toBuffer());
  if (!pdu) throw new Error("the PDU did not parse");
  return pdu;
}

function textReceipt(text: string, fields: PduOptions = {}) {
  return received({ short_message: Buffer.from(text, "latin1"), ...fields });
}

function receiptOf(reading: ReturnType<typeof readReceipt>): DeliveryReceipt {
  if (!reading.ok) throw new Error(`not read: ${reading.problem}`);
  return reading.receipt;
}

const STANDARD =
  "id:0A1B2C3D4E sub:001 dlvrd:001 submit date:2403151230 done date:2403151231 stat:DELIVRD err:000 text:Hello there, this is";

describe("isDeliveryReceipt", () => {
  it.each([
    [0x04, true],
    [0x08, true],
    [0x20, true],
    [0x44, true], // with UDHI
    [0x00, false],
    [0x40, false],
    [0x10, false],
    [0x18, false],
    [0x03, false], // message mode bits only
  ])("esm_class 0x%s → %s", (esmClass, receipt) => {
    expect(isDeliveryReceipt({ esm_class: esmClass })).toBe(receipt);
  });
});

describe("readReceipt", () => {
  it("reads every field of the standard text", () => {
    expect(readReceipt(textReceipt(STANDARD))).toEqual({
      ok: true,
      receipt: {
        smscMessageId: "a1b2c3d4e",
        idCandidates: ["a1b2c3d4e", "43405557070"],
        stat: "DELIVRD",
        errorCode: 0,
        submitDate: new Date("2024-03-15T12:30:00Z"),
        doneDate: new Date("2024-03-15T12:31:00Z"),
        text: "Hello there, this is",
        raw: STANDARD,
      },
    });
  });

  it.each(RECEIPT_STATS)("reads stat:%s", (stat) => {
    expect(receiptOf(readReceipt(textReceipt(`id:77 stat:${stat} err:001`))).stat).toBe(stat);
  });

  it("reads the stat in any case and spelled out", () => {
    expect(receiptOf(readReceipt(textReceipt("id:1 stat:delivrd"))).stat).toBe("DELIVRD");
    expect(receiptOf(readReceipt(textReceipt("id:1 stat:UNDELIVERABLE"))).stat).toBe("UNDELIV");
  });

  it.each([
    ["00012345", "12345", ["12345", "3039", "74565"]],
    ["ABCDEF", "abcdef", ["abcdef", "11259375"]],
    ["abcdef", "abcdef", ["abcdef", "11259375"]],
    ["0000ff", "ff", ["ff", "255"]],
    ["4f2e-77", "4f2e-77", ["4f2e-77"]],
  ])("normalises the id %j to %j with its hex/decimal readings", (id, normalized, candidates) => {
    const receipt = receiptOf(readReceipt(textReceipt(`id:${id} stat:DELIVRD`)));
    expect(receipt.smscMessageId).toBe(normalized);
    expect(receipt.idCandidates).toEqual(candidates);
  });

  it("reads a receipt that has only TLVs", () => {
    const pdu = received({
      receipted_message_id: "00C0FFEE",
      message_state: 5,
      network_error_code: Buffer.from([0x03, 0x00, 0x22]),
    });
    expect(readReceipt(pdu)).toEqual({
      ok: true,
      receipt: {
        smscMessageId: "c0ffee",
        idCandidates: ["c0ffee", "12648430"],
        stat: "UNDELIV",
        errorCode: 34,
        submitDate: null,
        doneDate: null,
        text: null,
        raw: "[receipted_message_id=00C0FFEE message_state=5 network_error_code=030022]",
      },
    });
  });

  it("takes the id from the TLV and keeps the text's id among the candidates", () => {
    // The TLV has the hex id, the text the same id in decimal, as many SMSCs do.
    const receipt = receiptOf(
      readReceipt(
        textReceipt("id:3054 stat:DELIVRD err:000", { receipted_message_id: "BEE", message_state: 2 }),
      ),
    );
    expect(receipt.smscMessageId).toBe("bee");
    expect(receipt.idCandidates).toEqual(["bee", "3054", "12372"]);
  });

  it("prefers the text's stat and err, and falls back to the TLVs when the text lacks them", () => {
    const both = receiptOf(
      readReceipt(
        textReceipt("id:1 stat:EXPIRED err:012", {
          message_state: 2,
          network_error_code: Buffer.from([3, 0, 9]),
        }),
      ),
    );
    expect([both.stat, both.errorCode]).toEqual(["EXPIRED", 12]);
    const tlvs = receiptOf(
      readReceipt(
        textReceipt("id:1 sub:001", { message_state: 8, network_error_code: Buffer.from([3, 1, 2]) }),
      ),
    );
    expect([tlvs.stat, tlvs.errorCode]).toEqual(["REJECTD", 258]);
    const unreadableErr = receiptOf(readReceipt(textReceipt("id:1 stat:UNDELIV err:X1F")));
    expect(unreadableErr.errorCode).toBeNull();
    expect(receiptOf(readReceipt(textReceipt("id:1 stat:FAILED", { message_state: 3 }))).stat).toBe(
      "EXPIRED",
    );
  });

  it("reads fields in any order and case, with seconds, underscores and missing fields", () => {
    const receipt = receiptOf(
      readReceipt(textReceipt("STAT:UNDELIV Err:005 Text:Bonjour à tous ID:99 Done_Date:240229235959")),
    );
    expect(receipt).toMatchObject({
      smscMessageId: "99",
      stat: "UNDELIV",
      errorCode: 5,
      submitDate: null,
      doneDate: new Date("2024-02-29T23:59:59Z"),
      text: "Bonjour à tous",
    });
  });

  it("lets the quoted text contain keys already seen", () => {
    const receipt = receiptOf(readReceipt(textReceipt("id:5 stat:DELIVRD err:000 text:your id:42 stat:ok")));
    expect(receipt).toMatchObject({ smscMessageId: "5", stat: "DELIVRD", text: "your id:42 stat:ok" });
  });

  it("keeps dates that name no real time out (null) rather than refusing the receipt", () => {
    const receipt = receiptOf(
      readReceipt(textReceipt("id:5 submit date:2413011200 done date:24 stat:DELIVRD")),
    );
    expect([receipt.submitDate, receipt.doneDate]).toEqual([null, null]);
  });

  it("reads a UCS-2 receipt text and an id with an underscore in a data_coding 0 text", () => {
    const ucs2 = received({
      data_coding: 8,
      short_message: Buffer.from("id:ab12 stat:DELIVRD", "utf16le").swap16(),
    });
    expect(receiptOf(readReceipt(ucs2)).smscMessageId).toBe("ab12");
    expect(
      receiptOf(readReceipt(textReceipt("id:msg_1 stat:DELIVRD", { data_coding: 0 }))).smscMessageId,
    ).toBe("msg_1");
  });

  it("skips a user data header before the text", () => {
    const header = Buffer.from([0x05, 0x00, 0x03, 0x01, 0x01, 0x01]);
    const pdu = received({
      esm_class: 0x44,
      short_message: Buffer.concat([header, Buffer.from("id:9 stat:DELIVRD")]),
    });
    expect(receiptOf(readReceipt(pdu))).toMatchObject({
      smscMessageId: "9",
      stat: "DELIVRD",
      raw: "id:9 stat:DELIVRD",
    });
  });

  it("reads the text from message_payload when short_message is empty", () => {
    const pdu = received({ message_payload: Buffer.from("id:123 stat:EXPIRED", "latin1") });
    expect(receiptOf(readReceipt(pdu))).toMatchObject({ smscMessageId: "123", stat: "EXPIRED" });
  });

  it.each([
    ["", "the receipt names no message: no receipted_message_id TLV and no id: in its text"],
    [
      "garbage \u0001\u0002 that is no receipt",
      "the receipt names no message: no receipted_message_id TLV and no id: in its text",
    ],
    [
      "sub:001 dlvrd:001 stat:DELIVRD",
      "the receipt names no message: no receipted_message_id TLV and no id: in its text",
    ],
    ["id: stat:DELIVRD", "the receipt names no message: no receipted_message_id TLV and no id: in its text"],
    ["id:1234", "the receipt gives no state: no stat: in its text and no message_state TLV"],
    [
      "id:1234 stat:FAILED",
      "the receipt's stat:FAILED names no delivery state (DELIVRD, UNDELIV, EXPIRED, DELETED, REJECTD, ACCEPTD, UNKNOWN, ENROUTE; message_state 1 to 8)",
    ],
  ])("refuses %j with the reason and keeps it raw", (text, problem) => {
    expect(readReceipt(textReceipt(text))).toEqual({ ok: false, problem, raw: text });
  });

  it("refuses an id that cannot be a message id, and a message_state it does not know", () => {
    const longId = "9".repeat(65);
    expect(readReceipt(textReceipt(`id:${longId} stat:DELIVRD`))).toMatchObject({
      ok: false,
      problem: expect.stringContaining(`id: "${longId}" is not a message id`),
    });
    expect(readReceipt(received({ receipted_message_id: "abc\u0007", message_state: 2 }))).toMatchObject({
      ok: false,
      problem: expect.stringContaining("receipted_message_id"),
    });
    expect(readReceipt(received({ receipted_message_id: "abc", message_state: 9 }))).toEqual({
      ok: false,
      problem:
        "the receipt's message_state 9 names no delivery state (DELIVRD, UNDELIV, EXPIRED, DELETED, REJECTD, ACCEPTD, UNKNOWN, ENROUTE; message_state 1 to 8)",
      raw: "[receipted_message_id=abc message_state=9]",
    });
  });
});
