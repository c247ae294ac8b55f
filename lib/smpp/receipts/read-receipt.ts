import type { PDU } from "smpp";
import { messageBytesOf } from "./message-bytes";
import { parseReceiptDate, parseReceiptText } from "./parse-receipt-text";
import { statOfMessageState, statOfWord, type ReceiptStat } from "./receipt-stat";
import { normalizeSmscMessageId, receiptIdCandidates } from "./smsc-message-id";
import { splitUserData } from "./user-data";

/** message_id is a C-Octet String of at most 65 octets in SMPP 3.4, the NUL included. */
const MAX_ID_LENGTH = 64;
const ID_CHARACTERS = /^[\x21-\x7e]+$/;

export interface DeliveryReceipt {
  /** The id the receipt names, normalised (normalizeSmscMessageId). */
  smscMessageId: string;
  /** Every id it may mean: the normalised one, its hex/decimal readings, and the text's id when it differs from the TLV's. */
  idCandidates: string[];
  stat: ReceiptStat;
  /** The text's `err:` (decimal), else the code in the network_error_code TLV; null when neither says. */
  errorCode: number | null;
  submitDate: Date | null;
  doneDate: Date | null;
  /** The `text:` field: the start of the message it reports on. */
  text: string | null;
  /** The receipt as received, for storing and inspection: its text and the TLVs read. */
  raw: string;
}

export type ReceiptReading =
  { ok: true; receipt: DeliveryReceipt } | { ok: false; problem: string; raw: string };

/**
 * Reads a delivery receipt (a deliver_sm for which isDeliveryReceipt is true).
 * The id comes from the receipted_message_id TLV, else from the text's `id:`;
 * the state from the text's `stat:`, else from the message_state TLV; the
 * error from the text's `err:`, else from the network_error_code TLV. A
 * receipt without an id or a state is refused with the reason, and with its
 * raw form so that it can be kept.
 */
export function readReceipt(pdu: PDU): ReceiptReading {
  const text = receiptText(pdu);
  const raw = rawForm(pdu, text);
  const fields = parseReceiptText(text);

  const tlvId = pdu.receipted_message_id?.trim() ?? "";
  const textId = fields.id ?? "";
  const id = tlvId || textId;
  if (!id) {
    return {
      ok: false,
      problem: "the receipt names no message: no receipted_message_id TLV and no id: in its text",
      raw,
    };
  }
  for (const [where, value] of [
    ["receipted_message_id", tlvId],
    ["id:", textId],
  ] as const) {
    if (value && (value.length > MAX_ID_LENGTH || !ID_CHARACTERS.test(value))) {
      return {
        ok: false,
        problem: `the receipt's ${where} "${value.slice(0, 80)}" is not a message id (1 to ${MAX_ID_LENGTH} printable characters without spaces)`,
        raw,
      };
    }
  }

  const stat = readStat(fields.stat, pdu.message_state);
  if (typeof stat !== "string") return { ok: false, problem: stat.problem, raw };

  const candidates = receiptIdCandidates(id);
  if (tlvId && textId) candidates.push(...receiptIdCandidates(textId));
  return {
    ok: true,
    receipt: {
      smscMessageId: normalizeSmscMessageId(id),
      idCandidates: [...new Set(candidates)],
      stat,
      errorCode: readErrorCode(fields.err, pdu.network_error_code),
      submitDate: parseReceiptDate(fields.submitDate),
      doneDate: parseReceiptDate(fields.doneDate),
      text: fields.text ?? null,
      raw,
    },
  };
}

/**
 * The text after a user data header, if esm_class says there is one.
 * Receipt texts are ASCII in practice whatever data_coding says: reading a
 * data_coding 0 receipt as GSM-7 would turn "_" in an id into "§". So only
 * UCS-2 is read as such; everything else octet by octet.
 */
function receiptText(pdu: PDU): string {
  const bytes = messageBytesOf(pdu, "short_message");
  const message = bytes && bytes.length > 0 ? bytes : messageBytesOf(pdu, "message_payload");
  if (!message || message.length === 0) return "";
  const userData = splitUserData(message, pdu.esm_class ?? 0);
  const octets = userData.ok ? userData.body : message;
  if (pdu.data_coding === 0x08 && octets.length % 2 === 0) {
    return Buffer.from(octets).swap16().toString("utf16le");
  }
  return octets.toString("latin1");
}

function rawForm(pdu: PDU, text: string): string {
  const tlvs: string[] = [];
  if (pdu.receipted_message_id !== undefined) tlvs.push(`receipted_message_id=${pdu.receipted_message_id}`);
  if (pdu.message_state !== undefined) tlvs.push(`message_state=${pdu.message_state}`);
  if (Buffer.isBuffer(pdu.network_error_code)) {
    tlvs.push(`network_error_code=${pdu.network_error_code.toString("hex")}`);
  }
  if (tlvs.length === 0) return text;
  return text ? `${text} [${tlvs.join(" ")}]` : `[${tlvs.join(" ")}]`;
}

function readStat(
  word: string | undefined,
  messageState: number | undefined,
): ReceiptStat | { problem: string } {
  const fromText = word ? statOfWord(word) : null;
  if (fromText) return fromText;
  const fromTlv = messageState === undefined ? null : statOfMessageState(messageState);
  if (fromTlv) return fromTlv;
  const said = [
    word ? `stat:${word}` : null,
    messageState === undefined ? null : `message_state ${messageState}`,
  ].filter((part) => part !== null);
  return {
    problem:
      said.length === 0
        ? "the receipt gives no state: no stat: in its text and no message_state TLV"
        : `the receipt's ${said.join(" and ")} ${said.length > 1 ? "name" : "names"} no delivery state (DELIVRD, UNDELIV, EXPIRED, DELETED, REJECTD, ACCEPTD, UNKNOWN, ENROUTE; message_state 1 to 8)`,
  };
}

/** network_error_code is 3 octets: the network type, then the error as 2 octets. */
function readErrorCode(err: string | undefined, networkErrorCode: Buffer | undefined): number | null {
  if (err !== undefined && /^\d{1,3}$/.test(err)) return Number(err);
  if (Buffer.isBuffer(networkErrorCode) && networkErrorCode.length === 3)
    return networkErrorCode.readUInt16BE(1);
  return null;
}
