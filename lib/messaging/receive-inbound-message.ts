import { db, withTransaction } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { publishEvent } from "@/lib/events";
import { recordMessageEvents, wakeWebhookDispatcher } from "@/lib/webhooks";
import { classifyKeyword, type KeywordAction } from "./keywords";
import {
  enqueueOutboundMessage,
  insertOutboundMessage,
  KEYWORD_REFERENCE_PREFIX,
} from "./queue-outbound-message";

export interface InboundMessage {
  orgId: string;
  /** E.164 when the SMSC sent a number; stored as given otherwise. */
  from: string;
  /** Our address the subscriber wrote to; replies go out from it. */
  to: string;
  text: string;
  /** Why the message could not be read fully (unknown data_coding, empty, too long), else null. */
  problem: string | null;
}

export interface InboundResult {
  messageId: string;
  conversationId: string;
  contactId: string;
  keyword: KeywordAction | null;
  confirmationId: string | null;
}

/** How far back an inbound message counts as a reply to the campaign the contact last got. */
const REPLY_WINDOW_DAYS = 7;
const PREVIEW_LENGTH = 140;

/**
 * An MO message (flow 5): stored in the sender's conversation (an unknown
 * number becomes a contact), linked to the campaign it answers, and acted
 * on when it is a keyword: STOP opts out at once and is confirmed once,
 * START opts back in, HELP answers with the organization's help text. One
 * transaction, so a crash never leaves an opt-out half done.
 */
export async function receiveInboundMessage(message: InboundMessage): Promise<InboundResult> {
  const org = await db.organization.findUnique({
    where: { id: message.orgId },
    select: {
      optOutKeywords: true,
      optInKeywords: true,
      helpKeywords: true,
      helpText: true,
      optOutConfirmation: true,
      optInConfirmation: true,
    },
  });
  if (!org) throw new NotFoundError("That organization");
  const keyword = message.problem ? null : classifyKeyword(message.text, org);

  const result = await withTransaction(async (client) => {
    const contact = await client.query<{ id: string; optedOut: boolean; created: boolean }>(
      `INSERT INTO contacts ("orgId", phone) VALUES ($1, $2)
       ON CONFLICT ("orgId", phone) DO UPDATE SET "updatedAt" = contacts."updatedAt"
       RETURNING id::text, "optedOut", (xmax = 0) AS created`,
      [message.orgId, message.from],
    );
    const { id: contactId, optedOut, created } = contact.rows[0]!;
    if (created) {
      await client.query(`UPDATE organizations SET "contactCount" = "contactCount" + 1 WHERE id = $1`, [
        message.orgId,
      ]);
    }
    const answered = await client.query<{ campaignId: string }>(
      `SELECT "campaignId" FROM messages
       WHERE "contactId" = $1 AND direction = 'outbound' AND "campaignId" IS NOT NULL
         AND "createdAt" > now() - make_interval(days => $2)
       ORDER BY id DESC LIMIT 1`,
      [contactId, REPLY_WINDOW_DAYS],
    );
    const campaignId = answered.rows[0]?.campaignId ?? null;
    const conversation = await client.query<{ id: string }>(
      `INSERT INTO conversations ("orgId", "contactId", "lastMessageAt", "lastMessagePreview", "unreadCount", "lastCampaignId")
       VALUES ($1, $2, now(), $3, 1, $4)
       ON CONFLICT ("contactId") DO UPDATE SET "lastMessageAt" = now(), "lastMessagePreview" = $3,
         "unreadCount" = conversations."unreadCount" + 1,
         "lastCampaignId" = coalesce($4, conversations."lastCampaignId")
       RETURNING id`,
      [message.orgId, contactId, message.text.slice(0, PREVIEW_LENGTH), campaignId],
    );
    const conversationId = conversation.rows[0]!.id;
    const firstReply =
      campaignId !== null &&
      (
        await client.query(
          `SELECT 1 FROM messages WHERE "contactId" = $1 AND direction = 'inbound' AND "repliesToCampaignId" = $2 LIMIT 1`,
          [contactId, campaignId],
        )
      ).rowCount === 0;
    const inserted = await client.query<{ id: string }>(
      `INSERT INTO messages ("orgId", "contactId", "conversationId", "repliesToCampaignId", direction, status, phone, sender, body, "errorReason")
       VALUES ($1, $2, $3, $4, 'inbound', 'received', $5, $6, $7, $8)
       RETURNING id::text`,
      [
        message.orgId,
        contactId,
        conversationId,
        campaignId,
        message.from,
        message.to,
        message.text,
        message.problem,
      ],
    );

    let confirmation: string | null = null;
    if (keyword === "opt_out" && !optedOut) {
      await client.query(`UPDATE contacts SET "optedOut" = true, "optedOutAt" = now() WHERE id = $1`, [
        contactId,
      ]);
      confirmation = org.optOutConfirmation;
    } else if (keyword === "opt_in" && optedOut) {
      await client.query(`UPDATE contacts SET "optedOut" = false, "optedOutAt" = NULL WHERE id = $1`, [
        contactId,
      ]);
      confirmation = org.optInConfirmation;
    } else if (keyword === "help") {
      confirmation = org.helpText;
    }
    if (campaignId !== null && (firstReply || (keyword === "opt_out" && !optedOut))) {
      await client.query(
        `UPDATE campaigns SET "repliedCount" = "repliedCount" + $2, "optedOutCount" = "optedOutCount" + $3 WHERE id = $1`,
        [campaignId, firstReply ? 1 : 0, keyword === "opt_out" && !optedOut ? 1 : 0],
      );
    }
    const confirmationId = confirmation
      ? await insertOutboundMessage(client, {
          orgId: message.orgId,
          contactId,
          conversationId,
          phone: message.from,
          sender: message.to,
          body: confirmation,
          clientReference: `${KEYWORD_REFERENCE_PREFIX}${keyword}`,
        })
      : null;
    const webhooks = await recordMessageEvents(client, {
      eventType: "message.received",
      orgIds: [message.orgId],
      messageIds: [inserted.rows[0]!.id],
    });
    return {
      messageId: inserted.rows[0]!.id,
      conversationId,
      contactId,
      keyword,
      confirmationId,
      campaignId,
      webhooks,
    };
  });

  if (result.confirmationId) await enqueueOutboundMessage(message.orgId, result.confirmationId);
  if (result.webhooks > 0) await wakeWebhookDispatcher();
  await publishEvent(message.orgId, {
    type: "conversation.updated",
    conversationId: result.conversationId,
    messageId: result.messageId,
    direction: "inbound",
    status: "received",
  }).catch(() => undefined);
  const { campaignId: _campaignId, webhooks: _webhooks, ...answer } = result;
  return answer;
}
