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

/**
 * The send job's id: one job per message however often it is enqueued. The
 * organization is part of it because BullMQ keeps finished jobs for a day, and
 * message ids start again at 1 in a recreated database while Redis may not
 * have been emptied: an id alone would then match an old job and the send
 * would be silently dropped.
 */
export function sendMessageJobId(orgId: string, messageId: string): string {
  return `message-${orgId}-${messageId}`;
}

/** Replies and confirmations are inserted with priority 1: they take the priority lane. */
export async function enqueueOutboundMessage(orgId: string, messageId: string): Promise<void> {
  await enqueueJob(
    "send-message",
    { orgId, messageId, priority: 1 },
    { jobId: sendMessageJobId(orgId, messageId) },
  );
}
