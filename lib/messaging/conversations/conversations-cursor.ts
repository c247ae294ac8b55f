import { ValidationError } from "@/lib/errors";

/** The last conversation of a page: the next page starts strictly after it in (lastMessageAt, id) order. */
export type ConversationsCursor = { lastMessageAt: Date; id: string };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** Opaque to clients: base64url of the boundary's time (milliseconds, as stored) and id. */
export function encodeConversationsCursor(cursor: ConversationsCursor): string {
  return Buffer.from(`${cursor.lastMessageAt.toISOString()}|${cursor.id}`, "utf8").toString("base64url");
}

/** Reads a cursor made by encodeConversationsCursor; anything else is refused on the "cursor" field. */
export function decodeConversationsCursor(text: string): ConversationsCursor {
  const [time, id, ...rest] = Buffer.from(text, "base64url").toString("utf8").split("|");
  const lastMessageAt = new Date(time ?? "");
  if (rest.length > 0 || Number.isNaN(lastMessageAt.getTime()) || !id || !UUID.test(id)) {
    throw new ValidationError(
      "This page link no longer fits the inbox. Start again from the first page.",
      "cursor",
    );
  }
  return { lastMessageAt, id };
}
