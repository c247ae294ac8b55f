import type { ConversationItem, ConversationListPage } from "./inbox-data";

/** Whether `a` comes after `b` in the list's order: latest message first, then id descending (as the server). */
export function isListedAfter(a: ConversationItem, b: ConversationItem): boolean {
  if (a.lastMessageAt !== b.lastMessageAt) return a.lastMessageAt < b.lastMessageAt;
  return a.id < b.id;
}

/**
 * The list after reading its first page again (a message arrived): the fresh
 * page, then the conversations loaded earlier that lie beyond it. One that
 * moved up appears once, in its new place; one that left the filter (read,
 * under "unread only") is dropped; "load more" goes on from where it was.
 * ISO times of one precision compare correctly as text, and lower-case UUIDs
 * as text compare as PostgreSQL compares them.
 */
export function mergeFirstPage(
  loaded: ConversationListPage,
  fresh: ConversationListPage,
): ConversationListPage {
  const last = fresh.conversations.at(-1);
  if (!last || fresh.nextCursor === null) return fresh;
  const freshIds = new Set(fresh.conversations.map((conversation) => conversation.id));
  const beyond = loaded.conversations.filter(
    (conversation) => !freshIds.has(conversation.id) && isListedAfter(conversation, last),
  );
  return {
    conversations: [...fresh.conversations, ...beyond],
    nextCursor: beyond.length > 0 ? loaded.nextCursor : fresh.nextCursor,
  };
}

/** Appends a following page, leaving out any conversation already shown (it moved while paging). */
export function appendPage(loaded: ConversationListPage, next: ConversationListPage): ConversationListPage {
  const shown = new Set(loaded.conversations.map((conversation) => conversation.id));
  return {
    conversations: [
      ...loaded.conversations,
      ...next.conversations.filter((conversation) => !shown.has(conversation.id)),
    ],
    nextCursor: next.nextCursor,
  };
}
