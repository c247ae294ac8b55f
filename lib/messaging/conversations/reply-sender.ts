import type { PoolClient } from "pg";
import { Prisma } from "@/lib/db";

/**
 * The address replies go out from, as SQL: the one the contact last wrote
 * to (our address on their latest inbound message), else the sender of our
 * latest message to them. Both read the (conversationId, id) index backwards.
 */
function replySenderOf(conversation: string): string {
  const latest = (direction: "inbound" | "outbound") =>
    `(SELECT r.sender FROM messages r WHERE r."conversationId" = ${conversation} AND r.direction = '${direction}' ORDER BY r.id DESC LIMIT 1)`;
  return `coalesce(${latest("inbound")}, ${latest("outbound")})`;
}

/** The reply address of the conversation aliased `conv` in the surrounding query. */
export const REPLY_SENDER_OF_CONV = Prisma.raw(replySenderOf("conv.id"));

export async function findReplySender(client: PoolClient, conversationId: string): Promise<string | null> {
  const { rows } = await client.query<{ sender: string | null }>(
    `SELECT ${replySenderOf("$1::uuid")} AS sender`,
    [conversationId],
  );
  return rows[0]?.sender ?? null;
}
