import { withTransaction } from "@/lib/db";
import { ConflictError, NotFoundError } from "@/lib/errors";
import { publishEvent } from "@/lib/events";
import { logger } from "@/lib/logger";
import { parseOptions } from "@/lib/parse-options";
import { enqueueOutboundMessage, insertOutboundMessage } from "../queue-outbound-message";
import { ZSendReply, type SendReplyInput } from "./conversation-records.schema";
import { contactDisplayName, isConversationId } from "./conversation-summary";
import type { ConversationMessage } from "./list-conversation-messages";
import { findReplySender } from "./reply-sender";

/** As long as inbound messages' previews (receive-inbound-message). */
const PREVIEW_LENGTH = 140;

/**
 * Sends a reply typed in the inbox: stored as a queued outbound message in
 * the conversation (to the contact's number, from the address they last
 * wrote to) in one transaction with the conversation's latest message, then
 * handed to the worker's `send-message` job, which sends it through the same
 * SMPP path as campaigns. Replying reads the conversation.
 *
 * ValidationError on "body" for an empty or too long text; ConflictError
 * when the contact opted out (the worker checks again at send time, so a
 * STOP arriving meanwhile still wins); NotFoundError outside the organization.
 */
export async function sendReply(options: SendReplyInput): Promise<ConversationMessage> {
  const { orgId, conversationId, body } = parseOptions(ZSendReply, options);
  if (!isConversationId(conversationId)) throw new NotFoundError("That conversation");

  const reply = await withTransaction(async (client) => {
    const { rows } = await client.query<{
      contactId: string;
      phone: string;
      firstName: string | null;
      lastName: string | null;
      optedOut: boolean;
    }>(
      `SELECT conv."contactId"::text AS "contactId", c.phone, c."firstName", c."lastName", c."optedOut"
       FROM conversations conv JOIN contacts c ON c.id = conv."contactId" AND c."orgId" = conv."orgId"
       WHERE conv.id = $1 AND conv."orgId" = $2
       FOR UPDATE OF conv`,
      [conversationId, orgId],
    );
    const contact = rows[0];
    if (!contact) throw new NotFoundError("That conversation");
    if (contact.optedOut) {
      throw new ConflictError(
        `${contactDisplayName(contact)} opted out; they can reply START to opt back in.`,
      );
    }
    const sender = await findReplySender(client, conversationId);
    if (sender === null) {
      throw new ConflictError("This conversation has no message that says which number to reply from.");
    }
    const messageId = await insertOutboundMessage(client, {
      orgId,
      contactId: contact.contactId,
      conversationId,
      phone: contact.phone,
      sender,
      body,
    });
    const stored = await client.query<{ createdAt: Date; segments: number }>(
      `SELECT "createdAt", segments FROM messages WHERE id = $1`,
      [messageId],
    );
    await client.query(
      `UPDATE conversations SET "lastMessageAt" = $2, "lastMessagePreview" = $3, "unreadCount" = 0
       WHERE id = $1`,
      [conversationId, stored.rows[0]!.createdAt, body.slice(0, PREVIEW_LENGTH)],
    );
    return { id: messageId, sender, ...stored.rows[0]! };
  });

  await enqueueOutboundMessage(orgId, reply.id);
  await publishEvent(orgId, {
    type: "conversation.updated",
    conversationId,
    messageId: reply.id,
    direction: "outbound",
    status: "queued",
  }).catch((error: unknown) =>
    // Live events spare a reload; the reply is stored and queued whatever happens here.
    logger.warn({ err: error, orgId, conversationId }, "could not publish the reply's live event"),
  );
  return {
    id: reply.id,
    direction: "outbound",
    status: "queued",
    body,
    sender: reply.sender,
    segments: reply.segments,
    errorCode: null,
    errorReason: null,
    createdAt: reply.createdAt,
    submittedAt: null,
    finalAt: null,
    campaign: null,
    automatic: false,
  };
}
