// Reading deliver_sm: delivery receipts and inbound messages (MO), and the SMSC id form both sides match on.
export { isDeliveryReceipt } from "./is-delivery-receipt";
export { readReceipt, type DeliveryReceipt, type ReceiptReading } from "./read-receipt";
export { readMo, MAX_MO_TEXT_LENGTH, type InboundMessage, type MoReading } from "./read-mo";
export { normalizeSmscMessageId, receiptIdCandidates } from "./smsc-message-id";
export {
  MESSAGE_STATE_OF_STAT,
  RECEIPT_STATS,
  messageStatusOfReceipt,
  type ReceiptMessageStatus,
  type ReceiptStat,
} from "./receipt-stat";
export { parseReceiptText, parseReceiptDate, type ReceiptTextFields } from "./parse-receipt-text";
// Text codecs, for the SMSC simulator's receipts and injected MOs.
export { decodeGsm7, encodeGsm7 } from "./gsm7";
export { decodeText, splitUserData, type ConcatenationPart } from "./user-data";
