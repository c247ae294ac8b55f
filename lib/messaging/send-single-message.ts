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
import { classifyCommandStatus, recordConnectorOutcome, resolveRoute, type CircuitOutcome } from "@/lib/smpp";
import type { SubmitOutcome } from "./submit-outcome";

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
  const choice = await chooseConnector(pool, message);
  if (choice.status === "not_queued") return "not_queued";
  // Every matching route is down: the message stays queued and the job comes back later, when health may differ.
  if (choice.status === "waiting") return "requeued";
  if (choice.status === "no_route") return failUnroutable(pool, message, choice.reason);
  const { connectorId, routeId } = choice;
  let connector: SendConnector;
  try {
    connector = await deps.connectorFor(message.orgId, connectorId);
  } catch (error) {
    // The pool reported the bind failure (its circuit opened): a routed message resolves again and fails over.
    if (routeId === null) throw error;
    deps.logger.warn(
      { err: error, connectorId, routeId },
      "connector not bound; the message waits for another route",
    );
    return "requeued";
  }

  const lane = message.priority >= 1 ? "priority" : "bulk";
  const limiter = lane === "priority" ? connector.limiter.priority : connector.limiter;
  const granted = await connector.slots.acquire(1, lane);
  try {
    await limiter.reserve(1);
    const { rows } = await pool.query<{
      id: string;
      status: "sending" | "skipped";
      phone: string;
      sender: string;
      body: string;
      conversationId: string | null;
      submitAttempts: number;
    }>(
      `UPDATE messages m SET
         status = CASE WHEN c."optedOut" AND coalesce(m."clientReference", '') NOT LIKE $3 || '%'
                       THEN 'skipped' ELSE 'sending' END::"MessageStatus",
         "errorReason" = CASE WHEN c."optedOut" AND coalesce(m."clientReference", '') NOT LIKE $3 || '%'
                              THEN 'The contact opted out.' END,
         "submitAttempts" = m."submitAttempts" + 1, "updatedAt" = now(),
         "connectorId" = $4, "routeId" = $5
       FROM (
         -- The message's contact, or for a message without one (the API) the organization's contact with its number.
         SELECT t.id, coalesce(byId."optedOut", byPhone."optedOut", false) AS "optedOut"
         FROM messages t
         LEFT JOIN contacts byId ON byId.id = t."contactId"
         LEFT JOIN contacts byPhone ON t."contactId" IS NULL AND byPhone."orgId" = t."orgId" AND byPhone.phone = t.phone
         WHERE t.id = $1 AND t."orgId" = $2
       ) c
       WHERE m.id = c.id AND m."orgId" = $2 AND m.status = 'queued' AND m.direction = 'outbound'
       RETURNING m.id::text, m.status::text AS status, m.phone, m.sender, coalesce(m.body, '') AS body, m."conversationId",
         m."submitAttempts"`,
      [message.messageId, message.orgId, KEYWORD_REFERENCE_PREFIX, connectorId, routeId],
    );
    const claimed = rows[0];
    if (!claimed) return "not_queued";
    if (claimed.status === "skipped") {
      const skipped = {
        eventType: "message.status",
        orgIds: [message.orgId],
        messageIds: [claimed.id],
      } as const;
      if ((await recordMessageEvents(pool, skipped)) > 0) await wakeWebhookDispatcher();
      await announce(message.orgId, claimed.conversationId, claimed.id, "skipped");
      return "skipped";
    }
    // Counted right before the write, after the claim's round trip (see ADMIT in lib/smpp/rate-limiter.ts).
    await limiter.admit(1);
    const submitted = await submitMessage(connector.submitter, limiter, {
      id: claimed.id,
      phone: claimed.phone,
      rendered: new RenderedMessage(claimed.body, claimed.body.trim() === ""),
      source: senderAddress(claimed.sender.replace(/^\+/, "")),
      reference: deps.nextReference(),
      prepaidTokens: 1,
    });
    const verdict = circuitOutcomeOf(submitted);
    if (verdict) await recordConnectorOutcome({ orgId: message.orgId, connectorId, outcome: verdict });
    const outcome =
      routeId !== null && mayFailOver(submitted, claimed.submitAttempts) ? requeue(submitted) : submitted;
    const stored = await recordSubmitOutcomes(pool, null, [outcome]);
    await matchPendingReceipts(pool, { smscIds: stored.smscIds });
    await announce(message.orgId, claimed.conversationId, claimed.id, outcome.status);
    return outcome.status === "queued" ? "requeued" : outcome.status;
  } finally {
    connector.slots.release(granted);
  }
}

/** Tries of a routed message that a system error sends back to the queue, to go out through another route. */
const MAX_ROUTED_ATTEMPTS = 5;

type ConnectorChoice =
  | { status: "chosen"; connectorId: string; routeId: string | null }
  | { status: "waiting" }
  | { status: "no_route"; reason: string }
  | { status: "not_queued" };

/**
 * The connector for a queued message: by the organization's routes
 * (lib/smpp/routing: prefix, fallback order, connector health) when it has
 * any in use; otherwise as before routes existed, the connector of the
 * contact's latest campaign message, else the first enabled one.
 */
async function chooseConnector(
  pool: Pool,
  message: { orgId: string; messageId: string },
): Promise<ConnectorChoice> {
  const { rows } = await pool.query<{ phone: string; fallback: string | null }>(
    `SELECT m.phone, (
       SELECT c.id::text FROM smpp_connectors c
       WHERE c."orgId" = m."orgId" AND c.enabled
       ORDER BY c.id = (
         SELECT camp."connectorId" FROM messages latest
         JOIN campaigns camp ON camp.id = latest."campaignId"
         WHERE latest."contactId" = m."contactId" AND latest."campaignId" IS NOT NULL
         ORDER BY latest.id DESC LIMIT 1
       ) DESC NULLS LAST, c.name
       LIMIT 1
     ) AS fallback
     FROM messages m WHERE m.id = $1 AND m."orgId" = $2 AND m.status = 'queued'`,
    [message.messageId, message.orgId],
  );
  const target = rows[0];
  if (!target) return { status: "not_queued" };
  const resolution = await resolveRoute({ orgId: message.orgId, phone: target.phone });
  switch (resolution.status) {
    case "routed":
      return {
        status: "chosen",
        connectorId: resolution.route.connectorId,
        routeId: resolution.route.routeId,
      };
    case "unavailable":
      return { status: "waiting" };
    case "no_route":
      return { status: "no_route", reason: resolution.reason };
    case "unrouted":
      if (!target.fallback) throw new Error("The organization has no enabled SMPP connector to send with.");
      return { status: "chosen", connectorId: target.fallback, routeId: null };
  }
}

/** A number no route matches will never be sendable as things stand: it fails now, with the reason. */
async function failUnroutable(
  pool: Pool,
  message: { orgId: string; messageId: string },
  reason: string,
): Promise<SingleSendResult> {
  const { rows } = await pool.query<{ conversationId: string | null }>(
    `UPDATE messages SET status = 'failed', "errorReason" = $3, "finalAt" = now(), "updatedAt" = now()
     WHERE id = $1 AND "orgId" = $2 AND status = 'queued'
     RETURNING "conversationId"`,
    [message.messageId, message.orgId, reason],
  );
  if (!rows[0]) return "not_queued";
  const events = {
    eventType: "message.status",
    orgIds: [message.orgId],
    messageIds: [message.messageId],
  } as const;
  if ((await recordMessageEvents(pool, events)) > 0) await wakeWebhookDispatcher();
  await announce(message.orgId, rows[0].conversationId, message.messageId, "failed");
  return "failed";
}

/**
 * What one message says about its connector's health: an answer from the
 * SMSC (accepted, or the message itself refused) shows it works; a system
 * error or a submit left unanswered counts against it; throttling and a
 * lost bind say nothing here (the limiter and the bind states cover them).
 */
function circuitOutcomeOf(outcome: SubmitOutcome): CircuitOutcome | null {
  if (outcome.status === "submitted") return { kind: "success" };
  if (outcome.status === "unknown") return { kind: "failure", error: outcome.errorReason };
  if (outcome.status !== "failed" || outcome.errorCode === null) return null;
  const kind = classifyCommandStatus(outcome.errorCode);
  if (kind === "permanent") return { kind: "success" };
  return kind === "transient" ? { kind: "failure", error: outcome.errorReason } : null;
}

/** A system error on which no part reached the SMSC: safe to send again, through whichever route is healthy then. */
function mayFailOver(outcome: SubmitOutcome, attempts: number): boolean {
  if (outcome.status !== "failed" || outcome.errorCode === null || attempts >= MAX_ROUTED_ATTEMPTS)
    return false;
  const nothingAccepted = outcome.smscMessageId === null && outcome.partIds.every((id) => id === "");
  return nothingAccepted && classifyCommandStatus(outcome.errorCode) === "transient";
}

function requeue(outcome: SubmitOutcome): SubmitOutcome {
  return { id: outcome.id, status: "queued" };
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
