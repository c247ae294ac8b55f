"use server";

import { z } from "zod";
import type { ConversationFilters, InboxActionResult } from "@/components/inbox/inbox-action-result";
import {
  toConversationItem,
  toThreadConversation,
  toThreadMessage,
  type ConversationListPage,
  type ThreadMessage,
  type ThreadPage,
} from "@/components/inbox/inbox-data";
import { requireSession } from "@/lib/auth/server";
import {
  getConversation,
  listConversationMessages,
  listConversations,
  markConversationRead,
  markConversationUnread,
  MAX_REPLY_LENGTH,
  sendReply,
} from "@/lib/messaging";
import { inboxFailure } from "./action-result";

const ZFilters = z.object({
  unread: z.boolean(),
  campaign: z.string().max(100).nullable(),
  q: z.string().max(200),
});
const ZId = z.string().max(100);
const ZCursor = z.string().max(500).nullable();

/** One page of the conversation list for the filters; `cursor` from the previous page's nextCursor. */
export async function loadConversationsAction(
  filters: ConversationFilters,
  cursor: string | null,
): Promise<InboxActionResult<ConversationListPage>> {
  const { orgId } = await requireSession();
  const parsed = z.tuple([ZFilters, ZCursor]).safeParse([filters, cursor]);
  if (!parsed.success)
    return { ok: false, message: "Those filters are not valid. Clear them and try again." };
  const [{ unread, campaign, q }, after] = parsed.data;
  try {
    const page = await listConversations({
      orgId,
      unread: unread || undefined,
      campaignId: campaign ?? undefined,
      search: q || undefined,
      cursor: after,
    });
    return {
      ok: true,
      value: { conversations: page.conversations.map(toConversationItem), nextCursor: page.nextCursor },
    };
  } catch (error) {
    return inboxFailure(error, "load conversations", { orgId });
  }
}

/** The conversation and its newest messages, or the messages before `before`. */
export async function loadThreadAction(
  conversationId: string,
  before: string | null,
): Promise<InboxActionResult<ThreadPage>> {
  const { orgId } = await requireSession();
  const parsed = z.tuple([ZId, ZCursor]).safeParse([conversationId, before]);
  if (!parsed.success) return { ok: false, message: "This conversation no longer exists." };
  try {
    const [conversation, page] = await Promise.all([
      getConversation({ orgId, conversationId }),
      listConversationMessages({ orgId, conversationId, before }),
    ]);
    return {
      ok: true,
      value: {
        conversation: toThreadConversation(conversation),
        messages: page.messages.map(toThreadMessage),
        nextBefore: page.nextBefore,
      },
    };
  } catch (error) {
    return inboxFailure(error, "load thread", { orgId, conversationId });
  }
}

export async function markConversationReadAction(conversationId: string): Promise<InboxActionResult<null>> {
  const { orgId } = await requireSession();
  try {
    await markConversationRead({ orgId, conversationId });
    return { ok: true, value: null };
  } catch (error) {
    return inboxFailure(error, "mark read", { orgId, conversationId });
  }
}

export async function markConversationUnreadAction(conversationId: string): Promise<InboxActionResult<null>> {
  const { orgId } = await requireSession();
  try {
    await markConversationUnread({ orgId, conversationId });
    return { ok: true, value: null };
  } catch (error) {
    return inboxFailure(error, "mark unread", { orgId, conversationId });
  }
}

/** Sends a reply typed in the thread; the answer is the stored message, queued. */
export async function sendReplyAction(
  conversationId: string,
  body: string,
): Promise<InboxActionResult<ThreadMessage>> {
  const { orgId } = await requireSession();
  const parsed = z.tuple([ZId, z.string().max(10_000)]).safeParse([conversationId, body]);
  if (!parsed.success) {
    const limit = MAX_REPLY_LENGTH.toLocaleString("en");
    return { ok: false, message: `Keep the reply to ${limit} characters or fewer.`, field: "body" };
  }
  try {
    return { ok: true, value: toThreadMessage(await sendReply({ orgId, conversationId, body })) };
  } catch (error) {
    return inboxFailure(error, "send reply", { orgId, conversationId });
  }
}
