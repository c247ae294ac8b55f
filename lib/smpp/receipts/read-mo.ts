import type { PDU } from "smpp";
import { messageBytesOf } from "./message-bytes";
import { decodeText, splitUserData, type ConcatenationPart } from "./user-data";

/** Longer than any concatenated SMS (10 parts of 160): a bigger one is a fault, not a message. */
export const MAX_MO_TEXT_LENGTH = 1_600;
const TON_UNKNOWN = 0;
const TON_INTERNATIONAL = 1;

export interface InboundMessage {
  /** The subscriber: E.164 with "+" when the number is international (by TON, or 8 to 15 digits); else as sent (a short code, a name). */
  from: string;
  /** Our address it was sent to, by the same rule. */
  to: string;
  text: string;
  dataCoding: number;
  /** Which part of a concatenated message this is, from its user data header; null for a whole message. */
  part: ConcatenationPart | null;
}

export type MoReading =
  { ok: true; mo: InboundMessage } | { ok: false; problem: string; from: string; to: string };

/**
 * Reads an inbound message (a deliver_sm that is not a receipt): the text from
 * short_message, or from the message_payload TLV when short_message is empty,
 * decoded from the octets received (see message-bytes.ts) by data_coding,
 * after the user data header when esm_class says there is one. An unknown
 * data_coding, a malformed header, an empty or an over-long text is refused
 * with the reason, still naming sender and recipient so it can be kept.
 */
export function readMo(pdu: PDU): MoReading {
  const from = addressOf(pdu.source_addr, pdu.source_addr_ton);
  const to = addressOf(pdu.destination_addr, pdu.dest_addr_ton);
  const refuse = (problem: string): MoReading => ({ ok: false, problem, from, to });

  const shortMessage = messageBytesOf(pdu, "short_message");
  const payload = messageBytesOf(pdu, "message_payload");
  const bytes = shortMessage && shortMessage.length > 0 ? shortMessage : payload;
  if (!bytes || bytes.length === 0)
    return refuse("the message is empty: no short_message and no message_payload");

  const dataCoding = pdu.data_coding ?? 0;
  const userData = splitUserData(bytes, pdu.esm_class ?? 0);
  if (!userData.ok) return refuse(userData.problem);
  const decoded = decodeText(userData.body, dataCoding);
  if (!decoded.ok) return refuse(decoded.problem);
  const { text } = decoded;
  if (text.trim() === "") {
    return refuse(
      text === "" ? "the message has no text after its user data header" : "the message is only white space",
    );
  }
  if (text.length > MAX_MO_TEXT_LENGTH) {
    return refuse(`the message is ${text.length} characters long; at most ${MAX_MO_TEXT_LENGTH} are taken`);
  }
  return { ok: true, mo: { from, to, text, dataCoding, part: userData.part } };
}

/**
 * A number is international when its TON says so, when it already has "+",
 * or when the TON is unknown and the digits look like E.164 (8 to 15, not
 * starting with 0). A national, subscriber or abbreviated number is kept as
 * sent: adding "+" would make it someone else's number.
 */
function addressOf(address: string | undefined, ton: number | undefined): string {
  const trimmed = (address ?? "").trim();
  const digits = trimmed.startsWith("+") ? trimmed.slice(1) : trimmed;
  if (!/^\d+$/.test(digits)) return trimmed;
  const looksE164 = /^[1-9]\d{7,14}$/.test(digits) && (ton ?? TON_UNKNOWN) === TON_UNKNOWN;
  if (ton === TON_INTERNATIONAL || trimmed.startsWith("+") || looksE164) return `+${digits}`;
  return digits;
}
