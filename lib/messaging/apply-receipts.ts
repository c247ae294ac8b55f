import type { Pool, PoolClient } from "pg";
import { withTransaction } from "@/lib/db";
import { recordMessageEvents, wakeWebhookDispatcher } from "@/lib/webhooks";

/** A delivery receipt as read from a deliver_sm (lib/smpp readReceipt), with where it came from. */
export interface IncomingReceipt {
  orgId: string;
  connectorId: string | null;
  /** Normalised id, and the readings to try (hex and decimal forms of the same id). */
  smscMessageId: string;
  idCandidates: string[];
  stat: string;
  /** The message status the receipt means, or null when it is not final (ENROUTE, ACCEPTD). */
  status: "delivered" | "undelivered" | "expired" | "rejected" | "unknown" | null;
  errorCode: number | null;
  raw: string;
}

/** A message whose status a receipt moved to a final one. */
export interface SettledMessage {
  messageId: string;
  orgId: string;
  campaignId: string | null;
  conversationId: string | null;
  status: string;
}

export interface ReceiptsApplied {
  matched: number;
  /** Indexes (into the input) of receipts that matched no message. */
  unmatched: number[];
  settled: SettledMessage[];
}

const FINAL = ["delivered", "undelivered", "expired", "rejected"];

/**
 * Applies a batch of receipts in one transaction, set-based: single-part
 * messages by their SMSC id, parts of concatenated messages by theirs (the
 * message is settled when every part is: delivered only when all are).
 * Status only moves forward: a late ENROUTE never undoes DELIVRD. Campaign
 * counters move with the messages they count.
 */
export async function applyReceipts(receipts: readonly IncomingReceipt[]): Promise<ReceiptsApplied> {
  if (receipts.length === 0) return { matched: 0, unmatched: [], settled: [] };
  const { applied, webhooks } = await withTransaction(async (client) => {
    // Most receipts carry the id exactly as submit_sm_resp gave it: try that alone
    // first, and the other readings (hex ⇄ decimal) only for those it did not find.
    const first = await applyInTransaction(client, receipts, (receipt) => [receipt.smscMessageId]);
    const second =
      first.unmatched.length === 0
        ? null
        : await applyInTransaction(
            client,
            first.unmatched.map((i) => receipts[i]!),
            (receipt) => receipt.idCandidates.filter((candidate) => candidate !== receipt.smscMessageId),
          );
    const result: ReceiptsApplied = second
      ? {
          matched: first.matched + second.matched,
          unmatched: second.unmatched.map((i) => first.unmatched[i]!),
          settled: [...first.settled, ...second.settled],
        }
      : first;
    // Status events commit with the statuses they report: one statement for the batch.
    const recorded = await recordMessageEvents(client, {
      eventType: "message.status",
      orgIds: result.settled.map((message) => message.orgId),
      messageIds: result.settled.map((message) => message.messageId),
    });
    return { applied: result, webhooks: recorded };
  });
  if (webhooks > 0) await wakeWebhookDispatcher();
  return applied;
}

async function applyInTransaction(
  client: PoolClient,
  receipts: readonly IncomingReceipt[],
  candidatesOf: (receipt: IncomingReceipt) => string[],
): Promise<ReceiptsApplied> {
  const idx: number[] = [];
  const orgIds: string[] = [];
  const candidates: string[] = [];
  const statuses: Array<string | null> = [];
  const errorCodes: Array<number | null> = [];
  receipts.forEach((receipt, i) => {
    for (const candidate of new Set(candidatesOf(receipt))) {
      idx.push(i);
      orgIds.push(receipt.orgId);
      candidates.push(candidate);
      statuses.push(receipt.status);
      errorCodes.push(receipt.errorCode);
    }
  });
  if (idx.length === 0) return { matched: 0, unmatched: receipts.map((_, i) => i), settled: [] };
  const params = [idx, orgIds, candidates, statuses, errorCodes];
  const receiptRows = `SELECT * FROM unnest($1::int[], $2::uuid[], $3::text[], $4::text[], $5::int[])
                         AS r(idx, org_id, candidate, status, error_code)`;

  // Which receipts name a message we know (before anything changes).
  const known = await client.query<{ idx: number }>(
    `WITH r AS (${receiptRows})
     SELECT DISTINCT r.idx FROM r
     WHERE EXISTS (SELECT 1 FROM messages m WHERE m."smscMessageId" = r.candidate AND m."orgId" = r.org_id)
        OR EXISTS (SELECT 1 FROM message_parts p JOIN messages m ON m.id = p."messageId"
                   WHERE p."smscMessageId" = r.candidate AND m."orgId" = r.org_id)`,
    params,
  );

  // Single-part messages.
  const single = await client.query<SettledMessage>(
    `WITH r AS (${receiptRows})
     UPDATE messages m SET status = r.status::"MessageStatus",
       "errorCode" = coalesce(r.error_code, m."errorCode"),
       "finalAt" = now(), "updatedAt" = now()
     FROM r
     WHERE m."smscMessageId" = r.candidate AND m."orgId" = r.org_id AND r.status IS NOT NULL
       AND m.status IN ('submitted', 'unknown', 'sending')
       AND NOT EXISTS (SELECT 1 FROM message_parts p WHERE p."messageId" = m.id)
     RETURNING m.id::text AS "messageId", m."orgId" AS "orgId", m."campaignId" AS "campaignId",
               m."conversationId" AS "conversationId", m.status::text AS status`,
    params,
  );

  // Parts of concatenated messages, then the messages whose parts are all settled.
  const touched = await client.query<{ messageId: string }>(
    `WITH r AS (${receiptRows})
     UPDATE message_parts p SET status = r.status::"MessageStatus",
       "errorCode" = coalesce(r.error_code, p."errorCode"), "doneAt" = now()
     FROM r, messages m
     WHERE p."smscMessageId" = r.candidate AND m.id = p."messageId" AND m."orgId" = r.org_id
       AND r.status IS NOT NULL AND p.status NOT IN ('delivered', 'undelivered', 'expired', 'rejected')
     RETURNING p."messageId"::text AS "messageId"`,
    params,
  );
  const multi =
    touched.rows.length === 0
      ? { rows: [] as SettledMessage[] }
      : await client.query<SettledMessage>(
          `WITH rollup AS (
             SELECT "messageId",
                    bool_and(status IN ('delivered', 'undelivered', 'expired', 'rejected', 'unknown')) AS settled,
                    CASE WHEN bool_and(status = 'delivered') THEN 'delivered'
                         ELSE (array_agg(status::text ORDER BY "partIndex")
                               FILTER (WHERE status <> 'delivered'))[1] END AS status,
                    max("errorCode") AS error_code
             FROM message_parts WHERE "messageId" = ANY($1::bigint[]) GROUP BY "messageId"
           )
           UPDATE messages m SET status = rollup.status::"MessageStatus",
             "errorCode" = coalesce(rollup.error_code, m."errorCode"), "finalAt" = now(), "updatedAt" = now()
           FROM rollup
           WHERE m.id = rollup."messageId" AND rollup.settled AND m.status IN ('submitted', 'unknown', 'sending')
           RETURNING m.id::text AS "messageId", m."orgId" AS "orgId", m."campaignId" AS "campaignId",
                     m."conversationId" AS "conversationId", m.status::text AS status`,
          [[...new Set(touched.rows.map((row) => row.messageId))]],
        );

  const settled = [...single.rows, ...multi.rows];
  await countOnCampaigns(client, settled);
  const knownIdx = new Set(known.rows.map((row) => row.idx));
  const unmatched = receipts.map((_, i) => i).filter((i) => !knownIdx.has(i));
  return { matched: knownIdx.size, unmatched, settled };
}

/** Moves delivered / undelivered / expired counters, one statement for every campaign touched. */
async function countOnCampaigns(client: PoolClient, settled: readonly SettledMessage[]): Promise<void> {
  const perCampaign = new Map<string, { delivered: number; undelivered: number; expired: number }>();
  for (const message of settled) {
    if (!message.campaignId || !FINAL.includes(message.status)) continue;
    const counts = perCampaign.get(message.campaignId) ?? { delivered: 0, undelivered: 0, expired: 0 };
    if (message.status === "delivered") counts.delivered++;
    else if (message.status === "expired") counts.expired++;
    else counts.undelivered++;
    perCampaign.set(message.campaignId, counts);
  }
  if (perCampaign.size === 0) return;
  const entries = [...perCampaign];
  await client.query(
    `UPDATE campaigns c SET
       "deliveredCount" = c."deliveredCount" + u.delivered,
       "undeliveredCount" = c."undeliveredCount" + u.undelivered,
       "expiredCount" = c."expiredCount" + u.expired,
       "updatedAt" = now()
     FROM unnest($1::uuid[], $2::int[], $3::int[], $4::int[]) AS u(id, delivered, undelivered, expired)
     WHERE c.id = u.id`,
    [
      entries.map(([id]) => id),
      entries.map(([, c]) => c.delivered),
      entries.map(([, c]) => c.undelivered),
      entries.map(([, c]) => c.expired),
    ],
  );
}

/** Keeps receipts that matched nothing, for a later match (their submit_sm_resp may not be stored yet) or inspection. */
export async function keepUnmatchedReceipts(pool: Pool, receipts: readonly IncomingReceipt[]): Promise<void> {
  if (receipts.length === 0) return;
  await pool.query(
    `INSERT INTO receipts ("orgId", "connectorId", "smscMessageId", stat, "errorCode", raw)
     SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::text[], $5::int[], $6::text[])`,
    [
      receipts.map((r) => r.orgId),
      receipts.map((r) => r.connectorId),
      receipts.map((r) => r.smscMessageId),
      receipts.map((r) => r.stat),
      receipts.map((r) => r.errorCode),
      receipts.map((r) => r.raw),
    ],
  );
}

/** A receipt that could not be read (no id, garbage): kept with the reason, never matched. */
export async function keepMalformedReceipt(
  pool: Pool,
  receipt: { orgId: string; connectorId: string | null; raw: string; problem: string },
): Promise<void> {
  await pool.query(
    `INSERT INTO receipts ("orgId", "connectorId", "smscMessageId", stat, raw, problem) VALUES ($1, $2, '', '', $3, $4)`,
    [receipt.orgId, receipt.connectorId, receipt.raw, receipt.problem],
  );
}
