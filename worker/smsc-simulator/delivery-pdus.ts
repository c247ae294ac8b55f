import {
  decodeText,
  encodeGsm7,
  MESSAGE_STATE_OF_STAT,
  splitUserData,
  type ReceiptStat,
} from "@/lib/smpp/receipts";
import type { DeliverSmFields } from "./deliver-sm-encoding";

const ESM_CLASS_DELIVERY_RECEIPT = 0x04;
const TON_INTERNATIONAL = 1;
const TON_NETWORK_SPECIFIC = 3;
const TON_ALPHANUMERIC = 5;
const NPI_ISDN = 1;
/** network_error_code's first octet: the network type; 3 is GSM. */
const NETWORK_TYPE_GSM = 3;
const RECEIPT_TEXT_CHARACTERS = 20;

/** The submit a receipt reports on, as the simulator recorded it. */
export interface ReceiptSubject {
  messageId: string;
  sourceAddr: string;
  destinationAddr: string;
  shortMessage: Buffer;
  dataCoding: number;
  esmClass: number;
  receivedAt: Date;
}

/**
 * The deliver_sm of a delivery receipt, as SMPP 3.4 Appendix B writes it:
 * `id:<id> sub:001 dlvrd:001 submit date:YYMMDDhhmm done date:YYMMDDhhmm
 * stat:DELIVRD err:000 text:<first 20 characters>`, from the handset to the
 * sender, and (with `tlvs`) receipted_message_id, message_state and
 * network_error_code. The text is ASCII, as carriers send it; characters of
 * the message outside printable ASCII show as "?".
 */
export function receiptFields(options: {
  subject: ReceiptSubject;
  stat: ReceiptStat;
  errorCode: number;
  doneAt: number;
  idInText: "hex" | "decimal";
  tlvs: boolean;
}): DeliverSmFields {
  const { subject, stat, errorCode } = options;
  const id =
    options.idInText === "decimal" ? BigInt(`0x${subject.messageId}`).toString(10) : subject.messageId;
  const text =
    "id:" +
    id +
    (stat === "DELIVRD" ? " sub:001 dlvrd:001 submit date:" : " sub:001 dlvrd:000 submit date:") +
    receiptDate(subject.receivedAt.getTime()) +
    " done date:" +
    receiptDate(options.doneAt) +
    " stat:" +
    stat +
    (errorCode < 10 ? " err:00" : errorCode < 100 ? " err:0" : " err:") +
    errorCode +
    " text:" +
    messageStart(subject);
  const source = address(subject.destinationAddr);
  const dest = address(subject.sourceAddr);
  const fields: DeliverSmFields = {
    sourceAddrTon: source.ton,
    sourceAddrNpi: source.npi,
    sourceAddr: source.value,
    destAddrTon: dest.ton,
    destAddrNpi: dest.npi,
    destinationAddr: dest.value,
    esmClass: ESM_CLASS_DELIVERY_RECEIPT,
    dataCoding: 0,
    shortMessage: Buffer.from(text, "latin1"),
  };
  if (options.tlvs) {
    fields.receiptedMessageId = subject.messageId;
    fields.messageState = MESSAGE_STATE_OF_STAT[stat];
    fields.networkErrorCode = Buffer.from([NETWORK_TYPE_GSM, errorCode >> 8, errorCode & 0xff]);
  }
  return fields;
}

export type MoEncoding = { dataCoding: 0 | 8; bytes: Buffer };

/** GSM-7 when every character is in its alphabet (unless UCS-2 is asked for), else UCS-2. */
export function encodeMoText(text: string, dataCoding?: 0 | 8): MoEncoding | { problem: string } {
  if (dataCoding !== 8) {
    const septets = encodeGsm7(text);
    if (septets) return { dataCoding: 0, bytes: septets };
    if (dataCoding === 0) {
      return {
        problem: "the text has characters outside the GSM-7 alphabet; send it as UCS-2 (dataCoding 8)",
      };
    }
  }
  return { dataCoding: 8, bytes: Buffer.from(text, "utf16le").swap16() };
}

/** The deliver_sm of an inbound message from a subscriber (esm_class 0); the text goes in short_message. */
export function moFields(options: { from: string; to: string; encoded: MoEncoding }): DeliverSmFields {
  const source = address(options.from);
  const dest = address(options.to);
  return {
    sourceAddrTon: source.ton,
    sourceAddrNpi: source.npi,
    sourceAddr: source.value,
    destAddrTon: dest.ton,
    destAddrNpi: dest.npi,
    destinationAddr: dest.value,
    esmClass: 0,
    dataCoding: options.encoded.dataCoding,
    shortMessage: options.encoded.bytes,
  };
}

/**
 * A number of 8 digits or more (or with "+") goes as international digits
 * without the "+" (TON 1, NPI 1); a shorter one is a short code (TON 3,
 * network specific); anything else is alphanumeric (TON 5).
 */
export function address(text: string): { ton: number; npi: number; value: string } {
  const digits = text.startsWith("+") ? text.slice(1) : text;
  const number = /^\d+$/.test(digits);
  const international = number && (text.startsWith("+") || digits.length >= 8);
  return {
    ton: international ? TON_INTERNATIONAL : number ? TON_NETWORK_SPECIFIC : TON_ALPHANUMERIC,
    npi: international ? NPI_ISDN : 0,
    value: number ? digits : text,
  };
}

/** The last minute formatted, since receipts sent together share their dates. */
let lastMinute = -1;
let lastMinuteText = "";

/** YYMMDDhhmm in UTC. */
export function receiptDate(ms: number): string {
  const minute = Math.floor(ms / 60_000);
  if (minute === lastMinute) return lastMinuteText;
  const date = new Date(minute * 60_000);
  lastMinute = minute;
  lastMinuteText =
    two(date.getUTCFullYear() % 100) +
    two(date.getUTCMonth() + 1) +
    two(date.getUTCDate()) +
    two(date.getUTCHours()) +
    two(date.getUTCMinutes());
  return lastMinuteText;
}

function two(value: number): string {
  return value < 10 ? `0${value}` : String(value);
}

function messageStart(subject: ReceiptSubject): string {
  const userData = splitUserData(subject.shortMessage, subject.esmClass);
  if (!userData.ok) return "";
  // 20 characters take at most 40 octets (UCS-2, or GSM-7 escapes): decode no more of a long message.
  const start = userData.body.subarray(0, 2 * RECEIPT_TEXT_CHARACTERS);
  const decoded = decodeText(start, subject.dataCoding);
  if (!decoded.ok) return "";
  // Only printable ASCII goes into the receipt; a surrogate pair cut in two is replaced like any other.
  return decoded.text.slice(0, RECEIPT_TEXT_CHARACTERS).replace(/[^\x20-\x7e]/g, "?");
}
