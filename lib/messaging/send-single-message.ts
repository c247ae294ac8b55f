import type { Pool } from "pg";
import { publishEvent } from "@/lib/events";
import { recordMessageEvents, wakeWebhookDispatcher } from "@/lib/webhooks";
import type { Logger } from "@/lib/logger";
import { RenderedMessage } from "@/lib/templates";
import { matchPendingReceipts } from "./match-pending-receipts";
import { KEYWORD_REFERENCE_PREFIX } from "./queue-outbound-message";
import { recordSubmitOutcomes } from "./record-submit-outcomes";
import type { SendConnector } from "./send-campaign-batch";
import { submitMessage } from "./submit-message";
import { WORKER_STOPPED_REASON } from "./submit-outcome";
import { senderAddress } from "@/lib/campaigns";

export type SingleSendResult = "submitted" | "failed" | "unknown" | "skipped" | "requeued" | "not_queued";

/**
 * Sends one message outside a campaign (an inbox reply, a keyword
 * confirmation) through the same window, limiter and outcome rules as
 * campaigns. Safe to run again: a message left `sending` by a dead run is in
 * doubt and never re-sent; one already handled is left alone. An opted-out
 * contact only ever gets the confirmation of a keyword; a message without a
 * contact (the API) is checked against the organization's contact with its
 * number, so an opt-out received after it was queued still stops it.
 */
export async function sendSingleMessage(
  /** `priority` ≥ 1 (API / OTP, replies, confirmations) goes before campaign traffic for window slots and rate. */
  message: { orgId: string; messageId: string; priority: number },
  deps: {
    pool: Pool;
    logger: Logger;
    connectorFor(orgId: string, connectorId: string): Promise<SendConnector>;
    nextReference(): number;
  },
): Promise<SingleSendResult> {
  const { pool } = deps;
  await pool.query(
    `UPDATE messages SET status = 'unknown', "updatedAt" = now(),
       "errorReason" = $3
     WHERE id = $1 AND "orgId" = $2 AND status = 'sending'`,
    [message.messageId, message.orgId, WORKER_STOPPED_REASON],
  );
  const connectorId = await pickConnector(pool, message);
  if (!connectorId) throw new Error("The organization has no enabled SMPP connector to send with.");
  const connector = await deps.connectorFor(message.orgId, connectorId);

  const lane = message.priority >= 1 ? "priority" : "bulk";
  const limiter = lane === "priority" ? connector.limiter.priority : connector.limiter;
  const granted = await connector.slots.acquire(1, lane);
  try {
    await limiter.take(1);
    const { rows } = await pool.query<{
      id: string;
      status: "sending" | "skipped";
      phone: string;
      sender: string;
      body: string;
      conversationId: string | null;
    }>(
      `UPDATE messages m SET
         status = CASE WHEN c."optedOut" AND coalesce(m."clientReference", '') NOT LIKE $3 || '%'
                       THEN 'skipped' ELSE 'sending' END::"MessageStatus",
         "errorReason" = CASE WHEN c."optedOut" AND coalesce(m."clientReference", '') NOT LIKE $3 || '%'
                              THEN 'The contact opted out.' END,
         "submitAttempts" = m."submitAttempts" + 1, "updatedAt" = now()
       FROM (
         -- The message's contact, or for a message without one (the API) the organization's contact with its number.
         SELECT t.id, coalesce(byId."optedOut", byPhone."optedOut", false) AS "optedOut"
         FROM messages t
         LEFT JOIN contacts byId ON byId.id = t."contactId"
         LEFT JOIN contacts byPhone ON t."contactId" IS NULL AND byPhone."orgId" = t."orgId" AND byPhone.phone = t.phone
         WHERE t.id = $1 AND t."orgId" = $2
       ) c
       WHERE m.id = c.id AND m."orgId" = $2 AND m.status = 'queued' AND m.direction = 'outbound'
       RETURNING m.id::text, m.status::text AS status, m.phone, m.sender, coalesce(m.body, '') AS body, m."conversationId"`,
      [message.messageId, message.orgId, KEYWORD_REFERENCE_PREFIX],
    );
    const claimed = rows[0];
    if (!claimed) return "not_queued";
    if (claimed.status === "skipped") {
      if ((await recordMessageEvents(pool, { eventType: "message.status", messageIds: [claimed.id] })) > 0) {
        await wakeWebhookDispatcher();
      }
      await announce(message.orgId, claimed.conversationId, claimed.id, "skipped");
      return "skipped";
    }
    const outcome = await submitMessage(connector.submitter, limiter, {
      id: claimed.id,
      phone: claimed.phone,
      rendered: new RenderedMessage(claimed.body, claimed.body.trim() === ""),
      source: senderAddress(claimed.sender.replace(/^\+/, "")),
      reference: deps.nextReference(),
      prepaidTokens: 1,
    });
    const stored = await recordSubmitOutcomes(pool, null, [outcome]);
    await matchPendingReceipts(pool, { smscIds: stored.smscIds });
    await announce(message.orgId, claimed.conversationId, claimed.id, outcome.status);
    return outcome.status === "queued" ? "requeued" : outcome.status;
  } finally {
    connector.slots.release(granted);
  }
}

/** The connector of the contact's latest campaign message, else the organization's first enabled one. */
async function pickConnector(
  pool: Pool,
  message: { orgId: string; messageId: string },
): Promise<string | null> {
  const { rows } = await pool.query<{ id: string }>(
    `SELECT c.id FROM smpp_connectors c
     WHERE c."orgId" = $2 AND c.enabled
     ORDER BY c.id = (
       SELECT camp."connectorId" FROM messages target
       JOIN messages latest ON latest."contactId" = target."contactId" AND latest."campaignId" IS NOT NULL
       JOIN campaigns camp ON camp.id = latest."campaignId"
       WHERE target.id = $1 ORDER BY latest.id DESC LIMIT 1
     ) DESC NULLS LAST, c.name
     LIMIT 1`,
    [message.messageId, message.orgId],
  );
  return rows[0]?.id ?? null;
}

async function announce(orgId: string, conversationId: string | null, messageId: string, status: string) {
  if (!conversationId) return;
  await publishEvent(orgId, {
    type: "conversation.updated",
    conversationId,
    messageId,
    direction: "outbound",
    status,
  }).catch(() => undefined);
}
