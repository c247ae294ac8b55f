export { listConversations, type ConversationPage } from "./list-conversations";
export { getConversation, type ConversationDetail } from "./get-conversation";
export {
  listConversationMessages,
  type ConversationMessage,
  type ConversationMessagePage,
} from "./list-conversation-messages";
export { markConversationRead } from "./mark-conversation-read";
export { markConversationUnread } from "./mark-conversation-unread";
export { sendReply } from "./send-reply";
export { listReplyCampaigns, type ReplyCampaign } from "./list-reply-campaigns";
export { contactDisplayName, type ConversationSummary } from "./conversation-summary";
export {
  DEFAULT_CONVERSATIONS_PAGE,
  DEFAULT_MESSAGES_PAGE,
  MAX_CONVERSATIONS_PAGE,
  MAX_MESSAGES_PAGE,
  MAX_REPLY_LENGTH,
  ZListConversations,
  ZReplyBody,
  type ConversationRef,
  type ListConversationMessagesInput,
  type ListConversationsInput,
  type SendReplyInput,
} from "./conversation-records.schema";
