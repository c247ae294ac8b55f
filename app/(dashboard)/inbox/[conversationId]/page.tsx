import type { Metadata } from "next";
import { ConversationThread } from "@/components/inbox/conversation-thread";
import { toThreadConversation, toThreadMessage } from "@/components/inbox/inbox-data";
import { requireSession } from "@/lib/auth/server";
import { listConversationMessages } from "@/lib/messaging";
import {
  loadThreadAction,
  markConversationReadAction,
  markConversationUnreadAction,
  sendReplyAction,
} from "../actions";
import { loadConversation } from "./load-conversation";

type ConversationPageProps = { params: Promise<{ conversationId: string }> };

const ACTIONS = {
  loadThread: loadThreadAction,
  markRead: markConversationReadAction,
  markUnread: markConversationUnreadAction,
  sendReply: sendReplyAction,
};

export async function generateMetadata({ params }: ConversationPageProps): Promise<Metadata> {
  const { orgId } = await requireSession();
  const { conversationId } = await params;
  const { contact } = await loadConversation(orgId, conversationId);
  return {
    title: `${[contact.firstName, contact.lastName].filter(Boolean).join(" ") || contact.phone} · Inbox`,
  };
}

/** One conversation beside the list; opening it marks it read (from the browser, so a prefetch never does). */
export default async function ConversationPage({ params }: ConversationPageProps) {
  const { orgId } = await requireSession();
  const { conversationId } = await params;
  const conversation = await loadConversation(orgId, conversationId);
  const page = await listConversationMessages({ orgId, conversationId });
  return (
    <ConversationThread
      key={conversation.id}
      conversation={toThreadConversation(conversation)}
      messages={page.messages.map(toThreadMessage)}
      nextBefore={page.nextBefore}
      actions={ACTIONS}
    />
  );
}
