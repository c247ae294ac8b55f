/**
 * Keyset cursors over (time, uuid) pairs, opaque to clients: base64url of
 * the boundary row's time (ISO, milliseconds as stored) and id. Campaigns,
 * templates and conversations page newest first with them.
 */
export type TimeIdCursor = { at: Date; id: string };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function encodeTimeIdCursor(cursor: TimeIdCursor): string {
  return Buffer.from(`${cursor.at.toISOString()}|${cursor.id}`, "utf8").toString("base64url");
}

/** The cursor, or null for anything encodeTimeIdCursor did not make (edited by hand, from an old version). */
export function decodeTimeIdCursor(text: string): TimeIdCursor | null {
  const [time, id, ...rest] = Buffer.from(text, "base64url").toString("utf8").split("|");
  const at = new Date(time ?? "");
  if (rest.length > 0 || Number.isNaN(at.getTime()) || !id || !UUID.test(id)) return null;
  return { at, id };
}
