import smpp, { type PDU, type PduOptions } from "smpp";
import { describe, expect, it } from "vitest";
import { readMo } from "./read-mo";

const FROM = { source_addr_ton: 1, source_addr: "447700900123", destination_addr: "4915112345678" };

/** A deliver_sm as an ESME receives it: encoded, then parsed back by the smpp package. */
function received(fields: PduOptions): PDU {
  const pdu = smpp.PDU.fromBuffer(new smpp.PDU("deliver_sm", { ...FROM, ...fields }).toBuffer());
  if (!pdu) throw new Error("the PDU did not parse");
  return pdu;
}

function textOf(fields: PduOptions): string {
  const reading = readMo(received(fields));
  if (!reading.ok) throw new Error(`not read: ${reading.problem}`);
  return reading.mo.text;
}

describe("readMo", () => {
  it("reads GSM-7 septets with the extension table, and names sender and recipient in E.164", () => {
    // "Hi {€} @ß_" in unpacked GSM-7.
    const septets = [0x48, 0x69, 0x20, 0x1b, 0x28, 0x1b, 0x65, 0x1b, 0x29, 0x20, 0x00, 0x1e, 0x11];
    expect(readMo(received({ data_coding: 0, short_message: Buffer.from(septets) }))).toEqual({
      ok: true,
      mo: { from: "+447700900123", to: "+4915112345678", text: "Hi {€} @ß_", dataCoding: 0, part: null },
    });
  });

  it("reads IA5 as ASCII, where the smpp package reads it as GSM-7 (its '@' would be '¡')", () => {
    const pdu = received({ data_coding: 1, short_message: Buffer.from("mail me @ home_[1]", "ascii") });
    expect(pdu.short_message?.message).not.toBe("mail me @ home_[1]");
    expect(textOf({ data_coding: 1, short_message: Buffer.from("mail me @ home_[1]", "ascii") })).toBe(
      "mail me @ home_[1]",
    );
  });

  it("reads Latin-1 and UCS-2 (surrogate pairs included)", () => {
    expect(textOf({ data_coding: 3, short_message: Buffer.from("Café ñ ÿ", "latin1") })).toBe("Café ñ ÿ");
    const ucs2 = Buffer.from("Привет 👋 你好", "utf16le").swap16();
    expect(textOf({ data_coding: 8, short_message: ucs2 })).toBe("Привет 👋 你好");
  });

  it("reads SMSC-default octets above 0x7F as Latin-1, as some carriers' default is", () => {
    expect(textOf({ data_coding: 0, short_message: Buffer.from("Olá", "latin1") })).toBe("Olá");
  });

  it("strips the user data header and reports the concatenated part", () => {
    const header = Buffer.from([0x05, 0x00, 0x03, 0x2a, 0x03, 0x02]);
    const reading = readMo(
      received({
        esm_class: 0x40,
        data_coding: 8,
        short_message: Buffer.concat([header, Buffer.from([0x00, 0x41])]),
      }),
    );
    expect(reading).toMatchObject({
      ok: true,
      mo: { text: "A", part: { reference: 0x2a, total: 3, index: 2 } },
    });
    const sixteenBit = Buffer.from([0x06, 0x08, 0x04, 0x12, 0x34, 0x02, 0x01]);
    expect(
      readMo(
        received({ esm_class: 0x40, short_message: Buffer.concat([sixteenBit, Buffer.from("Hi", "ascii")]) }),
      ),
    ).toMatchObject({ ok: true, mo: { text: "Hi", part: { reference: 0x1234, total: 2, index: 1 } } });
  });

  it("reads the message_payload TLV when short_message is empty", () => {
    const long = "x".repeat(400);
    expect(textOf({ data_coding: 1, message_payload: Buffer.from(long, "ascii") })).toBe(long);
  });

  it.each([
    [{ source_addr_ton: 1, source_addr: "447700900123" }, "+447700900123"],
    [{ source_addr_ton: 1, source_addr: "+447700900123" }, "+447700900123"],
    [{ source_addr_ton: 0, source_addr: "4915112345678" }, "+4915112345678"],
    [{ source_addr_ton: 0, source_addr: "12345" }, "12345"],
    [{ source_addr_ton: 0, source_addr: "01511234567" }, "01511234567"],
    [{ source_addr_ton: 2, source_addr: "1511234567" }, "1511234567"],
    [{ source_addr_ton: 3, source_addr: "88000" }, "88000"],
    [{ source_addr_ton: 5, source_addr: "ACME" }, "ACME"],
  ])("names the sender %j as %j", (address, from) => {
    const reading = readMo(received({ ...address, short_message: Buffer.from("hi", "ascii") }));
    expect(reading).toMatchObject({ ok: true, mo: { from } });
  });

  it.each([
    [
      { data_coding: 4, short_message: Buffer.from([1, 2, 3]) },
      "data_coding 0x04 (8-bit binary) is not a text encoding this platform reads (0x00 GSM-7, 0x01 IA5, 0x03 Latin-1, 0x08 UCS-2)",
    ],
    [
      { data_coding: 0xf5, short_message: Buffer.from("hi") },
      "data_coding 0xf5 is not a text encoding this platform reads (0x00 GSM-7, 0x01 IA5, 0x03 Latin-1, 0x08 UCS-2)",
    ],
    [{ short_message: Buffer.alloc(0) }, "the message is empty: no short_message and no message_payload"],
    [{ short_message: Buffer.from("   ") }, "the message is only white space"],
    [
      { esm_class: 0x40, short_message: Buffer.from([0x05, 0x00, 0x03, 0x01, 0x02, 0x01]) },
      "the message has no text after its user data header",
    ],
    [
      { esm_class: 0x40, short_message: Buffer.from([0x09, 0x00, 0x03, 0x01]) },
      "the user data header claims 9 octets but the message has 3 after its length octet",
    ],
    [
      { data_coding: 8, short_message: Buffer.from([0x00, 0x41, 0x00]) },
      "a UCS-2 message has an even number of octets, this one 3",
    ],
    [
      { data_coding: 1, short_message: Buffer.from([0x41, 0xc3, 0xa9]) },
      "octet 0xc3 at offset 1 is not IA5 (ASCII), which data_coding 0x01 says the message is",
    ],
    [
      { data_coding: 1, message_payload: Buffer.alloc(1601, 0x61) },
      "the message is 1601 characters long; at most 1600 are taken",
    ],
  ])("refuses %j with a precise problem, still naming sender and recipient", (fields, problem) => {
    expect(readMo(received(fields))).toEqual({
      ok: false,
      problem,
      from: "+447700900123",
      to: "+4915112345678",
    });
  });

  it("takes exactly 1600 characters", () => {
    expect(textOf({ data_coding: 1, message_payload: Buffer.alloc(1600, 0x61) })).toHaveLength(1600);
  });

  it("rebuilds the octets of a PDU the package decoded without the capture", () => {
    // What the package keeps of IA5 "a@b" and of a UCS-2 part behind a header.
    const ia5 = {
      ...FROM,
      command: "deliver_sm",
      data_coding: 1,
      esm_class: 0,
      short_message: { message: "a¡b" },
    };
    expect(readMo(ia5 as unknown as PDU)).toMatchObject({ ok: true, mo: { text: "a@b" } });
    const part = {
      ...FROM,
      command: "deliver_sm",
      data_coding: 8,
      esm_class: 0x40,
      short_message: { udh: [Buffer.from([0x00, 0x03, 0x07, 0x02, 0x02])], message: "Ωmega" },
    };
    expect(readMo(part as unknown as PDU)).toMatchObject({
      ok: true,
      mo: { text: "Ωmega", part: { reference: 7, total: 2, index: 2 } },
    });
    const built = new smpp.PDU("deliver_sm", {
      ...FROM,
      data_coding: 3,
      short_message: Buffer.from("été", "latin1"),
    });
    expect(readMo(built)).toMatchObject({ ok: true, mo: { text: "été" } });
  });
});
