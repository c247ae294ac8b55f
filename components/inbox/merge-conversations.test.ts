import { describe, expect, it } from "vitest";
import type { ConversationItem } from "./inbox-data";
import { appendPage, mergeFirstPage } from "./merge-conversations";

function item(id: string, minute: number, unreadCount = 0): ConversationItem {
  return {
    id: `00000000-0000-4000-8000-0000000000${id}`,
    contactId: id,
    name: `Contact ${id}`,
    phone: `+49151000000${id}`,
    hasName: true,
    optedOut: false,
    lastMessageAt: new Date(Date.UTC(2026, 2, 1, 12, minute)).toISOString(),
    preview: `Message ${id}`,
    unreadCount,
    campaign: null,
  };
}

const ids = (page: { conversations: ConversationItem[] }) => page.conversations.map((c) => c.id.slice(-2));

describe("mergeFirstPage", () => {
  const loaded = {
    conversations: [item("05", 50), item("04", 40), item("03", 30), item("02", 20), item("01", 10)],
    nextCursor: "after-01",
  };

  it("moves a conversation with a new message to the top and keeps the pages loaded beyond", () => {
    const fresh = { conversations: [item("02", 60, 1), item("05", 50)], nextCursor: "after-05" };
    const merged = mergeFirstPage(loaded, fresh);
    expect(ids(merged)).toEqual(["02", "05", "04", "03", "01"]);
    expect(merged.conversations[0]!.unreadCount).toBe(1);
    expect(merged.nextCursor).toBe("after-01");
  });

  it("drops a conversation that left the filter and breaks time ties by id as the server does", () => {
    const fresh = { conversations: [item("05", 50), item("03", 30)], nextCursor: "after-03" };
    expect(ids(mergeFirstPage(loaded, fresh))).toEqual(["05", "03", "02", "01"]);
    const tied = { conversations: [item("06", 30)], nextCursor: "after-06" };
    expect(ids(mergeFirstPage(loaded, tied))).toEqual(["06", "03", "02", "01"]);
  });

  it("takes the fresh page alone when it is the whole list, or when nothing lies beyond it", () => {
    expect(mergeFirstPage(loaded, { conversations: [item("05", 50)], nextCursor: null })).toEqual({
      conversations: [item("05", 50)],
      nextCursor: null,
    });
    const covering = { conversations: [item("02", 60), item("01", 10)], nextCursor: "after-01b" };
    expect(mergeFirstPage(loaded, covering).nextCursor).toBe("after-01b");
  });
});

describe("appendPage", () => {
  it("adds the following page without showing a conversation twice", () => {
    const loaded = { conversations: [item("05", 50), item("04", 40)], nextCursor: "after-04" };
    const next = { conversations: [item("04", 40), item("03", 30)], nextCursor: null };
    expect(appendPage(loaded, next)).toEqual({
      conversations: [item("05", 50), item("04", 40), item("03", 30)],
      nextCursor: null,
    });
  });
});
