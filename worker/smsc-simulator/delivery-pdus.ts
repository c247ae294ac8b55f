import type { PduOptions } from "smpp";
import {
  decodeText,
  encodeGsm7,
  MESSAGE_STATE_OF_STAT,
  splitUserData,
  type ReceiptStat,
} from "@/lib/smpp/receipts";

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
export function receiptPduOptions(options: {
  subject: ReceiptSubject;
  stat: ReceiptStat;
  errorCode: number;
  doneAt: number;
  idInText: "hex" | "decimal";
  tlvs: boolean;
}): PduOptions {
  const { subject, stat, errorCode } = options;
  const id =
    options.idInText === "decimal" ? BigInt(`0x${subject.messageId}`).toString(10) : subject.messageId;
  const text =
    `id:${id} sub:001 dlvrd:${stat === "DELIVRD" ? "001" : "000"}` +
    ` submit date:${receiptDate(subject.receivedAt.getTime())} done date:${receiptDate(options.doneAt)}` +
    ` stat:${stat} err:${String(errorCode).padStart(3, "0")} text:${messageStart(subject)}`;
  return {
    ...addressFields("source", subject.destinationAddr),
    ...addressFields("dest", subject.sourceAddr),
    esm_class: ESM_CLASS_DELIVERY_RECEIPT,
    data_coding: 0,
    short_message: Buffer.from(text, "latin1"),
    ...(options.tlvs
      ? {
          receipted_message_id: subject.messageId,
          message_state: MESSAGE_STATE_OF_STAT[stat],
          network_error_code: Buffer.from([NETWORK_TYPE_GSM, errorCode >> 8, errorCode & 0xff]),
        }
      : {}),
  };
}

export type MoEncoding = { dataCoding: 0 | 8; bytes: Buffer };

/** GSM-7 when every character is in its alphabet (unless UCS-2 is asked for), else UCS-2. */
export function encodeMoText(text: string, dataCoding?: 0 | 8): MoEncoding | { problem: string } {
  if (dataCoding !== 8) {
    const septets = encodeGsm7(text);
    if (septets) return { dataCoding: 0, bytes: septets };
    if (dataCoding === 0)
      return {
        problem: "the text has characters outside the GSM-7 alphabet; send it as UCS-2 (dataCoding 8)",
      };
  }
  return { dataCoding: 8, bytes: Buffer.from(text, "utf16le").swap16() };
}

/** The deliver_sm of an inbound message from a subscriber (esm_class 0). */
export function moPduOptions(options: { from: string; to: string; encoded: MoEncoding }): PduOptions {
  return {
    ...addressFields("source", options.from),
    ...addressFields("dest", options.to),
    esm_class: 0,
    data_coding: options.encoded.dataCoding,
    short_message: options.encoded.bytes,
  };
}

/**
 * A number of 8 digits or more (or with "+") goes as international digits
 * without the "+" (TON 1, NPI 1); a shorter one is a short code (TON 3,
 * network specific); anything else is alphanumeric (TON 5).
 */
export function addressFields(side: "source" | "dest", address: string): PduOptions {
  const digits = address.startsWith("+") ? address.slice(1) : address;
  const number = /^\d+$/.test(digits);
  const international = number && (address.startsWith("+") || digits.length >= 8);
  const ton = international ? TON_INTERNATIONAL : number ? TON_NETWORK_SPECIFIC : TON_ALPHANUMERIC;
  const npi = international ? NPI_ISDN : 0;
  const value = number ? digits : address;
  return side === "source"
    ? { source_addr_ton: ton, source_addr_npi: npi, source_addr: value }
    : { dest_addr_ton: ton, dest_addr_npi: npi, destination_addr: value };
}

/** YYMMDDhhmm in UTC. */
export function receiptDate(ms: number): string {
  const date = new Date(ms);
  const two = (value: number) => String(value).padStart(2, "0");
  return (
    two(date.getUTCFullYear() % 100) +
    two(date.getUTCMonth() + 1) +
    two(date.getUTCDate()) +
    two(date.getUTCHours()) +
    two(date.getUTCMinutes())
  );
}

function messageStart(subject: ReceiptSubject): string {
  const userData = splitUserData(subject.shortMessage, subject.esmClass);
  if (!userData.ok) return "";
  const decoded = decodeText(userData.body, subject.dataCoding);
  if (!decoded.ok) return "";
  return Array.from(decoded.text)
    .slice(0, RECEIPT_TEXT_CHARACTERS)
    .join("")
    .replace(/[^\x20-\x7e]/g, "?");
}
