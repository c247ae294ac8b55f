import { describe, expect, it } from "vitest";
import type { ThreadMessage } from "./inbox-data";
import { mergeMessages, settlePending } from "./merge-messages";

function message(id: string, status: ThreadMessage["status"] = "received", pending?: true): ThreadMessage {
  return {
    id,
    direction: status === "received" ? "inbound" : "outbound",
    status,
    body: `Text ${id}`,
    sender: "+4915199990000",
    segments: 1,
    errorReason: null,
    createdAt: "2026-03-01T12:00:00.000Z",
    campaign: null,
    automatic: false,
    ...(pending ? { pending } : {}),
  };
}

describe("mergeMessages", () => {
  it("updates known messages, adds new ones by id (beyond 2^53 too) and keeps pending replies on top", () => {
    const shown = [message("pending-1", "queued", true), message("10", "queued"), message("9")];
    const read = [message("9007199254740993", "received"), message("10", "delivered")];
    expect(mergeMessages(shown, read).map((m) => [m.id, m.status])).toEqual([
      ["pending-1", "queued"],
      ["9007199254740993", "received"],
      ["10", "delivered"],
      ["9", "received"],
    ]);
  });
});

describe("settlePending", () => {
  it("replaces the pending copy with the stored reply", () => {
    const shown = [message("pending-1", "queued", true), message("9")];
    expect(settlePending(shown, "pending-1", message("12", "queued")).map((m) => m.id)).toEqual(["12", "9"]);
  });

  it("keeps the newer status a live update brought before the answer", () => {
    const shown = [message("pending-1", "queued", true), message("12", "submitted"), message("9")];
    expect(settlePending(shown, "pending-1", message("12", "queued")).map((m) => [m.id, m.status])).toEqual([
      ["12", "submitted"],
      ["9", "received"],
    ]);
  });
});
