export {
  sendCampaignBatch,
  type SendBatch,
  type SendConnector,
  type SendDeps,
  type BatchResult,
} from "./send-campaign-batch";
export { submitMessage, type Submitter, type MessageToSubmit } from "./submit-message";
export type { SubmitOutcome } from "./submit-outcome";
export { SendSlots } from "./send-slots";
export {
  applyReceipts,
  keepMalformedReceipt,
  keepUnmatchedReceipts,
  type IncomingReceipt,
  type ReceiptsApplied,
  type SettledMessage,
} from "./apply-receipts";
export { forgetMatchedReceipts, matchPendingReceipts } from "./match-pending-receipts";
export { receiveInboundMessage, type InboundMessage, type InboundResult } from "./receive-inbound-message";
export { sendSingleMessage, type SingleSendResult } from "./send-single-message";
export { classifyKeyword, type KeywordAction, type KeywordLists } from "./keywords";
export {
  enqueueOutboundMessage,
  insertOutboundMessage,
  KEYWORD_REFERENCE_PREFIX,
} from "./queue-outbound-message";
export * from "./conversations";
export * from "./settings";
