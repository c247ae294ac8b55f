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
export { createApiMessage } from "./create-api-message";
export { getMessage } from "./get-message";
export { listMessages, type MessagesPage } from "./list-messages";
export { type ApiMessage, type ApiMessagePriority } from "./api-message";
export { RecipientOptedOutError } from "./messaging-errors";
export {
  MAX_API_MESSAGE_TEXT,
  MAX_SCHEDULE_DAYS,
  ZCreateApiMessage,
  type CreateApiMessageBody,
  type CreateApiMessageInput,
} from "./create-api-message.schema";
export {
  DEFAULT_MESSAGES_PER_PAGE,
  MAX_MESSAGES_PER_PAGE,
  ZListMessagesQuery,
  ZMessageId,
  ZMessageStatus,
  type GetMessageInput,
  type ListMessagesInput,
} from "./list-messages.schema";
export { classifyKeyword, type KeywordAction, type KeywordLists } from "./keywords";
export {
  enqueueOutboundMessage,
  insertOutboundMessage,
  KEYWORD_REFERENCE_PREFIX,
  sendMessageJobId,
} from "./queue-outbound-message";
export * from "./conversations";
export * from "./settings";
