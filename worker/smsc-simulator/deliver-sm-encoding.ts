import type { PDU } from "smpp";

const DELIVER_SM = 0x00000005;
const HEADER_LENGTH = 16;
const TLV_RECEIPTED_MESSAGE_ID = 0x001e;
const TLV_NETWORK_ERROR_CODE = 0x0423;
const TLV_MESSAGE_PAYLOAD = 0x0424;
const TLV_MESSAGE_STATE = 0x0427;

/** The deliver_sm fields the simulator sends; the rest are sent empty or 0. */
export interface DeliverSmFields {
  sourceAddrTon: number;
  sourceAddrNpi: number;
  sourceAddr: string;
  destAddrTon: number;
  destAddrNpi: number;
  destinationAddr: string;
  esmClass: number;
  dataCoding: number;
  /** At most 254 octets (sm_length is one octet). */
  shortMessage: Buffer;
  receiptedMessageId?: string;
  messageState?: number;
  /** 3 octets: network type, then the error code in 2. */
  networkErrorCode?: Buffer;
  messagePayload?: Buffer;
}

/**
 * A whole deliver_sm PDU, written directly rather than through the smpp
 * package's PDU, whose field loops and filters cost more than everything
 * else a receipt takes at 10,000 receipts a second. The layout is SMPP 3.4
 * §4.6.1 (the package's own field order), TLVs in the order of the fields
 * above; a unit test holds it byte for byte to what the package writes.
 * sequence_number is left 0 for the session to fill in (see EncodedDeliverSm).
 */
export function encodeDeliverSm(fields: DeliverSmFields): Buffer {
  if (fields.shortMessage.length > 254) {
    throw new RangeError(`short_message of ${fields.shortMessage.length} octets does not fit sm_length`);
  }
  const sourceAddr = Buffer.from(fields.sourceAddr, "ascii");
  const destinationAddr = Buffer.from(fields.destinationAddr, "ascii");
  const receiptedId =
    fields.receiptedMessageId === undefined ? null : Buffer.from(fields.receiptedMessageId, "ascii");
  const length =
    HEADER_LENGTH +
    1 + // service_type, empty
    2 +
    sourceAddr.length +
    1 +
    2 +
    destinationAddr.length +
    1 +
    3 + // esm_class, protocol_id, priority_flag
    2 + // schedule_delivery_time and validity_period, empty
    4 + // registered_delivery, replace_if_present_flag, data_coding, sm_default_msg_id
    1 +
    fields.shortMessage.length +
    (receiptedId ? 4 + receiptedId.length + 1 : 0) +
    (fields.messageState === undefined ? 0 : 5) +
    (fields.networkErrorCode ? 4 + fields.networkErrorCode.length : 0) +
    (fields.messagePayload ? 4 + fields.messagePayload.length : 0);
  const buffer = Buffer.alloc(length);
  buffer.writeUInt32BE(length, 0);
  buffer.writeUInt32BE(DELIVER_SM, 4);
  let offset = HEADER_LENGTH + 1;
  buffer[offset++] = fields.sourceAddrTon;
  buffer[offset++] = fields.sourceAddrNpi;
  offset += sourceAddr.copy(buffer, offset) + 1;
  buffer[offset++] = fields.destAddrTon;
  buffer[offset++] = fields.destAddrNpi;
  offset += destinationAddr.copy(buffer, offset) + 1;
  buffer[offset++] = fields.esmClass;
  offset += 2 + 2; // protocol_id, priority_flag, schedule_delivery_time, validity_period
  offset += 2; // registered_delivery, replace_if_present_flag
  buffer[offset++] = fields.dataCoding;
  offset += 1; // sm_default_msg_id
  buffer[offset++] = fields.shortMessage.length;
  offset += fields.shortMessage.copy(buffer, offset);
  if (receiptedId) {
    offset = tlvHeader(buffer, offset, TLV_RECEIPTED_MESSAGE_ID, receiptedId.length + 1);
    offset += receiptedId.copy(buffer, offset) + 1;
  }
  if (fields.messageState !== undefined) {
    offset = tlvHeader(buffer, offset, TLV_MESSAGE_STATE, 1);
    buffer[offset++] = fields.messageState;
  }
  if (fields.networkErrorCode) {
    offset = tlvHeader(buffer, offset, TLV_NETWORK_ERROR_CODE, fields.networkErrorCode.length);
    offset += fields.networkErrorCode.copy(buffer, offset);
  }
  if (fields.messagePayload) {
    offset = tlvHeader(buffer, offset, TLV_MESSAGE_PAYLOAD, fields.messagePayload.length);
    fields.messagePayload.copy(buffer, offset);
  }
  return buffer;
}

function tlvHeader(buffer: Buffer, offset: number, tag: number, length: number): number {
  buffer.writeUInt16BE(tag, offset);
  buffer.writeUInt16BE(length, offset + 2);
  return offset + 4;
}

/**
 * An encoded deliver_sm in the shape Session.send uses: it numbers a request
 * whose sequence_number is 0, registers the response callback under it,
 * and writes toBuffer(). Nothing else of a PDU is read on that path.
 */
export class EncodedDeliverSm {
  readonly command = "deliver_sm";
  readonly command_id = DELIVER_SM;
  readonly command_status = 0;
  sequence_number = 0;

  constructor(private readonly bytes: Buffer) {}

  get command_length(): number {
    return this.bytes.length;
  }

  isResponse(): boolean {
    return false;
  }

  toBuffer(): Buffer {
    this.bytes.writeUInt32BE(this.sequence_number, 12);
    return this.bytes;
  }

  /** For Session.send, which is typed for the package's PDU. */
  asPdu(): PDU {
    return this as unknown as PDU;
  }
}
