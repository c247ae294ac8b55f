import { z } from "zod";
import { ValidationError } from "@/lib/errors";
import type { ContactOrder } from "./contact-order";
import { ZContactSort, type ContactSort } from "./list-contacts.schema";

/** "after": the page that follows the key; "before": the page that precedes it. */
export type CursorDirection = "after" | "before";

export type ContactsCursor = { sort: ContactSort; direction: CursorDirection; key: (string | null)[] };

const ZCursorPayload = z.object({
  s: ZContactSort,
  d: z.enum(["after", "before"]),
  k: z.array(z.string().max(500).nullable()).min(1).max(3),
});

/** Opaque to clients: base64url of the sort, the direction and the boundary row's sort key. */
export function encodeContactsCursor(cursor: ContactsCursor): string {
  const payload = { s: cursor.sort, d: cursor.direction, k: cursor.key };
  return Buffer.from(JSON.stringify(payload), "utf8").toString("base64url");
}

const staleCursor = () =>
  new ValidationError("This page link no longer fits the list. Start again from the first page.", "cursor");

/** Reads a cursor made for `sort`; anything else (edited, or from another sort) is refused. */
export function decodeContactsCursor(text: string, sort: ContactSort, order: ContactOrder): ContactsCursor {
  let payload: unknown;
  try {
    payload = JSON.parse(Buffer.from(text, "base64url").toString("utf8"));
  } catch {
    throw staleCursor();
  }
  const parsed = ZCursorPayload.safeParse(payload);
  if (!parsed.success || parsed.data.s !== sort || parsed.data.k.length !== order.columns.length) {
    throw staleCursor();
  }
  const key = parsed.data.k;
  const fits = order.columns.every((column, index) => {
    const value = key[index];
    if (value === null || value === undefined) return column.nullable;
    return column.name !== "id" || /^\d{1,19}$/.test(value);
  });
  if (!fits) throw staleCursor();
  return { sort, direction: parsed.data.d, key };
}
