import type { PoolClient } from "pg";
import { enqueueJob } from "@/lib/queue";

/** Marks keyword confirmations: they go out even to a contact who just opted out (that is their point). */
export const KEYWORD_REFERENCE_PREFIX = "keyword:";

/**
 * Adds one outbound message outside any campaign (an inbox reply, a keyword
 * confirmation) as `queued` in the caller's transaction. Call
 * `enqueueOutboundMessage` once the transaction has committed.
 */
export async function insertOutboundMessage(
  client: PoolClient,
  message: {
    orgId: string;
    contactId: string;
    conversationId: string;
    phone: string;
    sender: string;
    body: string;
    clientReference?: string | null;
  },
): Promise<string> {
  const { rows } = await client.query<{ id: string }>(
    `INSERT INTO messages ("orgId", "contactId", "conversationId", direction, status, phone, sender, body, priority, "clientReference")
     VALUES ($1, $2, $3, 'outbound', 'queued', $4, $5, $6, 1, $7)
     RETURNING id::text`,
    [
      message.orgId,
      message.contactId,
      message.conversationId,
      message.phone,
      message.sender,
      message.body,
      message.clientReference ?? null,
    ],
  );
  return rows[0]!.id;
}

/** Replies and confirmations are inserted with priority 1: they take the priority lane. */
export async function enqueueOutboundMessage(orgId: string, messageId: string): Promise<void> {
  await enqueueJob("send-message", { orgId, messageId, priority: 1 }, { jobId: `message-${messageId}` });
}
