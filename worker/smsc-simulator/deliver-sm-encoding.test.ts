import smpp, { type PduOptions } from "smpp";
import { describe, expect, it } from "vitest";
import { EncodedDeliverSm, encodeDeliverSm, type DeliverSmFields } from "./deliver-sm-encoding";

const RECEIPT: DeliverSmFields = {
  sourceAddrTon: 1,
  sourceAddrNpi: 1,
  sourceAddr: "447700900123",
  destAddrTon: 5,
  destAddrNpi: 0,
  destinationAddr: "ACME",
  esmClass: 0x04,
  dataCoding: 0,
  shortMessage: Buffer.from("id:abc sub:001 dlvrd:001 stat:DELIVRD err:000 text:hi", "latin1"),
  receiptedMessageId: "abc",
  messageState: 2,
  networkErrorCode: Buffer.from([3, 0, 0]),
};

/** The same deliver_sm through the smpp package, TLVs in the encoder's order. */
function packageBytes(fields: DeliverSmFields, sequenceNumber: number): Buffer {
  const options: PduOptions = {
    sequence_number: sequenceNumber,
    source_addr_ton: fields.sourceAddrTon,
    source_addr_npi: fields.sourceAddrNpi,
    source_addr: fields.sourceAddr,
    dest_addr_ton: fields.destAddrTon,
    dest_addr_npi: fields.destAddrNpi,
    destination_addr: fields.destinationAddr,
    esm_class: fields.esmClass,
    data_coding: fields.dataCoding,
    short_message: fields.shortMessage,
  };
  if (fields.receiptedMessageId !== undefined) options.receipted_message_id = fields.receiptedMessageId;
  if (fields.messageState !== undefined) options.message_state = fields.messageState;
  if (fields.networkErrorCode !== undefined) options.network_error_code = fields.networkErrorCode;
  if (fields.messagePayload !== undefined) options.message_payload = fields.messagePayload;
  return new smpp.PDU("deliver_sm", options).toBuffer();
}

function encoded(fields: DeliverSmFields, sequenceNumber: number): Buffer {
  const pdu = new EncodedDeliverSm(encodeDeliverSm(fields));
  pdu.sequence_number = sequenceNumber;
  return pdu.toBuffer();
}

describe("encodeDeliverSm", () => {
  it("writes a receipt byte for byte as the smpp package does", () => {
    expect(encoded(RECEIPT, 77)).toEqual(packageBytes(RECEIPT, 77));
  });

  it("writes an MO without TLVs, and one with message_payload, the same way", () => {
    const mo: DeliverSmFields = {
      ...RECEIPT,
      esmClass: 0,
      dataCoding: 8,
      shortMessage: Buffer.from([0x04, 0x1f]),
      receiptedMessageId: undefined,
      messageState: undefined,
      networkErrorCode: undefined,
    };
    expect(encoded(mo, 1)).toEqual(packageBytes(mo, 1));
    const long = { ...mo, shortMessage: Buffer.alloc(0), messagePayload: Buffer.alloc(600, 0x41) };
    expect(encoded(long, 0x7fffffff)).toEqual(packageBytes(long, 0x7fffffff));
  });

  it("reads back through the package with every field", () => {
    const pdu = smpp.PDU.fromBuffer(encoded(RECEIPT, 5));
    expect(pdu).toMatchObject({
      command: "deliver_sm",
      sequence_number: 5,
      source_addr: "447700900123",
      destination_addr: "ACME",
      esm_class: 4,
      receipted_message_id: "abc",
      message_state: 2,
      network_error_code: Buffer.from([3, 0, 0]),
    });
  });

  it("refuses a short_message that sm_length cannot hold", () => {
    expect(() => encodeDeliverSm({ ...RECEIPT, shortMessage: Buffer.alloc(255) })).toThrow(RangeError);
  });
});
