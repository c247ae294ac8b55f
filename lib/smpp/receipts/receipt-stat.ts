/**
 * The delivery states a receipt can report: the 7-letter words of the
 * receipt text's `stat:` field (SMPP 3.4 Appendix B), which are also the
 * values of the message_state TLV.
 */
export const RECEIPT_STATS = [
  "ENROUTE",
  "DELIVRD",
  "EXPIRED",
  "DELETED",
  "UNDELIV",
  "ACCEPTD",
  "UNKNOWN",
  "REJECTD",
] as const;
export type ReceiptStat = (typeof RECEIPT_STATS)[number];

/** message_state TLV (0x0427) value of each stat, as SMPP 3.4 §5.2.28 numbers them. */
export const MESSAGE_STATE_OF_STAT: Readonly<Record<ReceiptStat, number>> = {
  ENROUTE: 1,
  DELIVRD: 2,
  EXPIRED: 3,
  DELETED: 4,
  UNDELIV: 5,
  ACCEPTD: 6,
  UNKNOWN: 7,
  REJECTD: 8,
};

const STAT_OF_MESSAGE_STATE = new Map<number, ReceiptStat>(
  RECEIPT_STATS.map((stat) => [MESSAGE_STATE_OF_STAT[stat], stat]),
);

/** Some SMSCs spell the state out (the message_state names) instead of the 7-letter word. */
const SPELLED_OUT: Readonly<Record<string, ReceiptStat>> = {
  DELIVERED: "DELIVRD",
  UNDELIVERABLE: "UNDELIV",
  UNDELIVERED: "UNDELIV",
  ACCEPTED: "ACCEPTD",
  REJECTED: "REJECTD",
};

/** The stat a `stat:` word names, any case; null for a word that is no receipt state. */
export function statOfWord(word: string): ReceiptStat | null {
  const upper = word.trim().toUpperCase();
  if ((RECEIPT_STATS as readonly string[]).includes(upper)) return upper as ReceiptStat;
  return SPELLED_OUT[upper] ?? null;
}

/** The stat a message_state TLV value names; null for 0 (SCHEDULED), 9 (SKIPPED) and anything else. */
export function statOfMessageState(state: number): ReceiptStat | null {
  return STAT_OF_MESSAGE_STATE.get(state) ?? null;
}

export type ReceiptMessageStatus = "delivered" | "undelivered" | "expired" | "rejected" | "unknown";

/**
 * The message status a receipt moves its message to, or null for the states
 * that are not final (ENROUTE, ACCEPTD): such a receipt leaves the status as
 * it is. A message the SMSC deleted was not delivered.
 */
export function messageStatusOfReceipt(stat: ReceiptStat): ReceiptMessageStatus | null {
  switch (stat) {
    case "DELIVRD":
      return "delivered";
    case "UNDELIV":
    case "DELETED":
      return "undelivered";
    case "EXPIRED":
      return "expired";
    case "REJECTD":
      return "rejected";
    case "UNKNOWN":
      return "unknown";
    case "ENROUTE":
    case "ACCEPTD":
      return null;
  }
}
