import { ValidationError } from "@/lib/errors";
import { decodeTimeIdCursor, encodeTimeIdCursor } from "@/lib/time-id-cursor";

/** The last conversation of a page: the next page starts strictly after it in (lastMessageAt, id) order. */
export type ConversationsCursor = { lastMessageAt: Date; id: string };

/** Opaque to clients: base64url of the boundary's time (milliseconds, as stored) and id. */
export function encodeConversationsCursor(cursor: ConversationsCursor): string {
  return encodeTimeIdCursor({ at: cursor.lastMessageAt, id: cursor.id });
}

/** Reads a cursor made by encodeConversationsCursor; anything else is refused on the "cursor" field. */
export function decodeConversationsCursor(text: string): ConversationsCursor {
  const cursor = decodeTimeIdCursor(text);
  if (!cursor) {
    throw new ValidationError(
      "This page link no longer fits the inbox. Start again from the first page.",
      "cursor",
    );
  }
  return { lastMessageAt: cursor.at, id: cursor.id };
}
