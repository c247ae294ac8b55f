import type { MessageDirection, MessageStatus } from "@/lib/db";
import type { ConversationDetail, ConversationMessage, ConversationSummary } from "@/lib/messaging";

/** One conversation as the list hands it to the browser (plain data: times as ISO strings). */
export type ConversationItem = {
  id: string;
  contactId: string;
  /** The contact's name, or their phone number when they have none. */
  name: string;
  phone: string;
  hasName: boolean;
  optedOut: boolean;
  lastMessageAt: string;
  preview: string;
  unreadCount: number;
  campaign: { id: string; name: string } | null;
};

export type ThreadConversation = ConversationItem & { replyFrom: string | null };

export type ThreadMessage = {
  /** The message id, or "pending-…" for a reply on its way to the server. */
  id: string;
  direction: MessageDirection;
  status: MessageStatus;
  body: string;
  sender: string;
  segments: number;
  errorReason: string | null;
  createdAt: string;
  campaign: { id: string; name: string } | null;
  automatic: boolean;
  /** Shown at once, before the server has stored it. */
  pending?: true;
};

/** A page of the list: `nextCursor` loads the following one. */
export type ConversationListPage = { conversations: ConversationItem[]; nextCursor: string | null };

/** The thread as read now: the conversation (its opt-out may change) and its newest messages. */
export type ThreadPage = {
  conversation: ThreadConversation;
  messages: ThreadMessage[];
  nextBefore: string | null;
};

export function toConversationItem(summary: ConversationSummary): ConversationItem {
  const { contact } = summary;
  const name = [contact.firstName, contact.lastName].filter(Boolean).join(" ");
  return {
    id: summary.id,
    contactId: contact.id,
    name: name || contact.phone,
    phone: contact.phone,
    hasName: name !== "",
    optedOut: contact.optedOut,
    lastMessageAt: summary.lastMessageAt.toISOString(),
    preview: summary.lastMessagePreview,
    unreadCount: summary.unreadCount,
    campaign: summary.campaign,
  };
}

export function toThreadConversation(detail: ConversationDetail): ThreadConversation {
  return { ...toConversationItem(detail), replyFrom: detail.replyFrom };
}

export function toThreadMessage(message: ConversationMessage): ThreadMessage {
  return {
    id: message.id,
    direction: message.direction,
    status: message.status,
    body: message.body,
    sender: message.sender,
    segments: message.segments,
    errorReason: message.errorReason,
    createdAt: message.createdAt.toISOString(),
    campaign: message.campaign,
    automatic: message.automatic,
  };
}
