import type { ConversationListPage, ThreadMessage, ThreadPage } from "./inbox-data";

/** What an inbox action answers: the value, or a message to show (next to the reply box for "body"). */
export type InboxActionResult<T> = { ok: true; value: T } | { ok: false; message: string; field?: "body" };

export type ConversationFilters = {
  unread: boolean;
  /** A campaign id, or null for all. */
  campaign: string | null;
  /** The search as typed, or "" for none. */
  q: string;
};

/** The inbox's server actions, handed to its client components by the pages. */
export type InboxActions = {
  loadConversations: (
    filters: ConversationFilters,
    cursor: string | null,
  ) => Promise<InboxActionResult<ConversationListPage>>;
  loadThread: (conversationId: string, before: string | null) => Promise<InboxActionResult<ThreadPage>>;
  markRead: (conversationId: string) => Promise<InboxActionResult<null>>;
  markUnread: (conversationId: string) => Promise<InboxActionResult<null>>;
  sendReply: (conversationId: string, body: string) => Promise<InboxActionResult<ThreadMessage>>;
};
