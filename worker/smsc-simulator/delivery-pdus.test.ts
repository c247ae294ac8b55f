import { describe, expect, it } from "vitest";
import { address, encodeMoText, receiptDate, receiptFields } from "./delivery-pdus";

const subject = {
  messageId: "0a1b2c3d000000000001",
  sourceAddr: "ACME",
  destinationAddr: "447700900123",
  shortMessage: Buffer.from("Hello Ünïcode world, this is long", "latin1"),
  dataCoding: 3,
  esmClass: 0,
  receivedAt: new Date("2030-01-02T03:04:59Z"),
};

describe("receiptFields", () => {
  it("writes the standard text and the TLVs, from the handset to the sender", () => {
    const options = receiptFields({
      subject,
      stat: "UNDELIV",
      errorCode: 1,
      doneAt: Date.parse("2030-01-02T03:05:10Z"),
      idInText: "hex",
      tlvs: true,
    });
    expect(options).toEqual({
      sourceAddrTon: 1,
      sourceAddrNpi: 1,
      sourceAddr: "447700900123",
      destAddrTon: 5,
      destAddrNpi: 0,
      destinationAddr: "ACME",
      esmClass: 0x04,
      dataCoding: 0,
      shortMessage: Buffer.from(
        "id:0a1b2c3d000000000001 sub:001 dlvrd:000 submit date:3001020304 done date:3001020305 stat:UNDELIV err:001 text:Hello ?n?code world,",
        "latin1",
      ),
      receiptedMessageId: "0a1b2c3d000000000001",
      messageState: 5,
      networkErrorCode: Buffer.from([3, 0, 1]),
    });
  });

  it("writes the id in decimal when asked, and leaves the TLVs out", () => {
    const options = receiptFields({
      subject,
      stat: "DELIVRD",
      errorCode: 0,
      doneAt: 0,
      idInText: "decimal",
      tlvs: false,
    });
    expect(options.shortMessage.toString("latin1")).toMatch(
      /^id:47724914622797858209793 sub:001 dlvrd:001 submit date:3001020304 done date:7001010000 stat:DELIVRD err:000 text:/,
    );
    expect(options).not.toHaveProperty("receiptedMessageId");
    expect(options).not.toHaveProperty("messageState");
  });
});

describe("encodeMoText", () => {
  it("takes GSM-7 when the text fits, UCS-2 otherwise or when asked", () => {
    expect(encodeMoText("Hi €")).toEqual({
      dataCoding: 0,
      bytes: Buffer.from([0x48, 0x69, 0x20, 0x1b, 0x65]),
    });
    expect(encodeMoText("Hi 👋")).toEqual({
      dataCoding: 8,
      bytes: Buffer.from([0, 0x48, 0, 0x69, 0, 0x20, 0xd8, 0x3d, 0xdc, 0x4b]),
    });
    expect(encodeMoText("Hi", 8)).toEqual({ dataCoding: 8, bytes: Buffer.from([0, 0x48, 0, 0x69]) });
    expect(encodeMoText("Hi 👋", 0)).toEqual({
      problem: "the text has characters outside the GSM-7 alphabet; send it as UCS-2 (dataCoding 8)",
    });
  });
});

describe("address", () => {
  it("types international numbers, short codes and names", () => {
    expect(["+447700900123", "447700900123", "+4912", "88000", "ACME Ltd"].map(address)).toEqual([
      { ton: 1, npi: 1, value: "447700900123" },
      { ton: 1, npi: 1, value: "447700900123" },
      { ton: 1, npi: 1, value: "4912" },
      { ton: 3, npi: 0, value: "88000" },
      { ton: 5, npi: 0, value: "ACME Ltd" },
    ]);
  });
});

describe("receiptDate", () => {
  it("is YYMMDDhhmm in UTC", () => {
    expect(receiptDate(Date.parse("2031-12-09T23:58:59.999Z"))).toBe("3112092358");
  });
});
