import { z } from "zod";
import { MAX_REPLY_LENGTH } from "./reply-limits";

export { MAX_REPLY_LENGTH };

export const DEFAULT_CONVERSATIONS_PAGE = 30;
export const MAX_CONVERSATIONS_PAGE = 100;
export const DEFAULT_MESSAGES_PAGE = 50;
export const MAX_MESSAGES_PAGE = 200;

const ZOrgId = z.guid("Unknown organization.");
/** Checked by the functions themselves: a malformed id is a conversation that does not exist. */
const ZConversationId = z.string().max(100);
const ZMessageId = z
  .string()
  .regex(/^[1-9]\d{0,18}$/, "Unknown message.")
  .refine((id) => !/^\d+$/.test(id) || BigInt(id) <= 9_223_372_036_854_775_807n, "Unknown message.");

export const ZListConversations = z.object({
  orgId: ZOrgId,
  /** true: only conversations with unread messages. */
  unread: z.boolean().optional(),
  /** Only conversations whose latest campaign (the one last replied to) is this one. */
  campaignId: z.guid("Choose a campaign.").optional(),
  /** Part of the contact's phone number or name. */
  search: z.string().trim().max(100, "Keep the search under 100 characters.").optional(),
  /** From a previous answer's nextCursor. */
  cursor: z.string().max(500).nullish(),
  limit: z.number().int().min(1).max(MAX_CONVERSATIONS_PAGE).default(DEFAULT_CONVERSATIONS_PAGE),
});
export type ListConversationsInput = z.input<typeof ZListConversations>;

export const ZConversationRef = z.object({ orgId: ZOrgId, conversationId: ZConversationId });
export type ConversationRef = z.input<typeof ZConversationRef>;

export const ZListConversationMessages = ZConversationRef.extend({
  /** Only messages older than this one (its id, from the previous page's last message). */
  before: ZMessageId.nullish(),
  limit: z.number().int().min(1).max(MAX_MESSAGES_PAGE).default(DEFAULT_MESSAGES_PAGE),
});
export type ListConversationMessagesInput = z.input<typeof ZListConversationMessages>;

export const ZReplyBody = z
  .string({ error: "Write a reply first." })
  .trim()
  .min(1, "Write a reply first.")
  .max(MAX_REPLY_LENGTH, `Keep the reply to ${MAX_REPLY_LENGTH.toLocaleString("en")} characters or fewer.`);

export const ZSendReply = ZConversationRef.extend({ body: ZReplyBody });
export type SendReplyInput = z.input<typeof ZSendReply>;

export const ZListReplyCampaigns = z.object({
  orgId: ZOrgId,
  limit: z.number().int().min(1).max(200).default(100),
});
export type ListReplyCampaignsInput = z.input<typeof ZListReplyCampaigns>;
