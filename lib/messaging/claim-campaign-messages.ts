import type { Pool } from "pg";
import type { TemplateContact } from "@/lib/templates";
import { WORKER_STOPPED_REASON } from "./submit-outcome";

export interface ClaimedMessage {
  id: string;
  phone: string;
  contact: TemplateContact;
}

export interface ClaimFilter {
  /** null: no quiet hours, every zone may be sent to now. */
  sendableZones: { campaignZone: boolean; contactZones: string[] } | null;
}

/** The batch's run row, locked while the statement runs, if it holds this run's token ($8; see send-journal.ts). */
const OWNED_BY_RUN = `owner AS (
  SELECT 1 FROM send_batch_runs
  WHERE "campaignId" = $1 AND "firstMessageId" = $2 AND "runToken" = $8
  FOR SHARE
)`;

/**
 * Claims up to `limit` queued messages of one send batch for submission, in
 * one statement: they become `sending` (the durable mark that a submit may
 * be on its way; the send journal tells which really left), tagged with the
 * batch so only its own runs settle them, or `skipped`
 * when the contact opted out or was deleted since the audience was taken —
 * opt-out is checked at send time. Rows another worker holds are skipped,
 * never waited for. Nothing is claimed once another run owns the batch.
 */
export async function claimCampaignMessages(
  pool: Pool,
  batch: { campaignId: string; firstMessageId: string; lastMessageId: string },
  runToken: string,
  limit: number,
  filter: ClaimFilter,
): Promise<{ claimed: ClaimedMessage[]; skipped: number }> {
  const zones = filter.sendableZones;
  const { rows } = await pool.query<{
    id: string;
    status: "sending" | "skipped";
    phone: string;
    firstName: string | null;
    lastName: string | null;
    email: string | null;
    timeZone: string | null;
    fields: unknown;
  }>({
    // Named: prepared once per connection, so each claim skips planning (~1.5 ms of ~3.5).
    name: "claim-campaign-messages",
    text: `WITH ${OWNED_BY_RUN},
     picked AS (
       SELECT m.id, c.id AS contact_id, c."optedOut", c."firstName", c."lastName", c.email, c."timeZone", c.fields
       FROM messages m LEFT JOIN contacts c ON c.id = m."contactId"
       WHERE EXISTS (SELECT 1 FROM owner) AND m."campaignId" = $1 AND m.id BETWEEN $2 AND $3 AND m.status = 'queued'
         AND ($5::boolean OR (c."timeZone" IS NULL AND $6::boolean) OR c."timeZone" = ANY($7::text[]))
       ORDER BY m.id LIMIT $4
       FOR UPDATE OF m SKIP LOCKED
     ),
     claimed AS (
       UPDATE messages m SET
         status = CASE WHEN p.contact_id IS NULL OR p."optedOut" THEN 'skipped' ELSE 'sending' END::"MessageStatus",
         "errorReason" = CASE WHEN p.contact_id IS NULL THEN 'The contact was deleted.'
                              WHEN p."optedOut" THEN 'The contact opted out.' END,
         "finalAt" = CASE WHEN p.contact_id IS NULL OR p."optedOut" THEN now() END,
         "submitAttempts" = m."submitAttempts" + 1,
         "claimedByBatch" = $2,
         "updatedAt" = now()
       FROM picked p WHERE m.id = p.id
       RETURNING m.id, m.status, m.phone, p."firstName", p."lastName", p.email, p."timeZone", p.fields
     ),
     counted AS (
       UPDATE campaigns SET "skippedCount" = "skippedCount" + (SELECT count(*) FROM claimed WHERE status = 'skipped')
       WHERE id = $1 AND EXISTS (SELECT 1 FROM claimed WHERE status = 'skipped')
     )
     SELECT id::text, status, phone, "firstName", "lastName", email, "timeZone", fields FROM claimed ORDER BY claimed.id`,
    values: [
      batch.campaignId,
      batch.firstMessageId,
      batch.lastMessageId,
      limit,
      zones === null,
      zones?.campaignZone ?? true,
      zones?.contactZones ?? [],
      runToken,
    ],
  });
  const claimed: ClaimedMessage[] = [];
  let skipped = 0;
  for (const row of rows) {
    if (row.status === "skipped") {
      skipped++;
      continue;
    }
    claimed.push({
      id: row.id,
      phone: row.phone,
      contact: {
        phone: row.phone,
        firstName: row.firstName,
        lastName: row.lastName,
        email: row.email,
        timeZone: row.timeZone,
        fields: row.fields,
      },
    });
  }
  return { claimed, skipped };
}

/**
 * Settles messages that an earlier run of this batch claimed (`sending`,
 * tagged with the batch: ranges of two send generations can overlap, and
 * another batch's claims are on its own wire) and left without a stored
 * outcome (README, "Exactly once"): those the journal
 * says were written (or all, when there is no journal: `written` null) may or
 * may not have reached the SMSC, so by the documented rule they are never
 * re-sent: they become `unknown`, counted, and a receipt can still settle
 * them. The rest certainly never left: they go back to `queued` (or become
 * `cancelled` with their campaign). Only called by the run that owns the batch.
 */
export async function recoverClaimedMessages(
  pool: Pool,
  batch: { campaignId: string; firstMessageId: string; lastMessageId: string },
  runToken: string,
  written: readonly string[] | null,
): Promise<{ doubted: number; released: number }> {
  return settleClaims(pool, batch, runToken, { written, only: null });
}

/** Puts messages this run claimed and never wrote back (`queued`, or `cancelled` with their campaign). */
export async function releaseClaimedMessages(
  pool: Pool,
  batch: { campaignId: string; firstMessageId: string; lastMessageId: string },
  runToken: string,
  ids: readonly string[],
): Promise<void> {
  if (ids.length > 0) await settleClaims(pool, batch, runToken, { written: [], only: ids });
}

async function settleClaims(
  pool: Pool,
  batch: { campaignId: string; firstMessageId: string; lastMessageId: string },
  runToken: string,
  claims: { written: readonly string[] | null; only: readonly string[] | null },
): Promise<{ doubted: number; released: number }> {
  const { rows } = await pool.query<{ doubted: string; released: string }>(
    `WITH ${OWNED_BY_RUN},
     claimed AS (
       SELECT m.id, ($4::boolean OR m.id = ANY($5::bigint[])) AS doubted
       FROM messages m
       WHERE EXISTS (SELECT 1 FROM owner) AND m."campaignId" = $1 AND m.id BETWEEN $2 AND $3 AND m.status = 'sending'
         -- Untagged: claimed before claims named their batch (migration 20261126170000).
         AND (m."claimedByBatch" = $2 OR m."claimedByBatch" IS NULL)
         AND ($7::bigint[] IS NULL OR m.id = ANY($7::bigint[]))
       FOR UPDATE
     ),
     settled AS (
       UPDATE messages m SET
         status = CASE WHEN c.doubted THEN 'unknown'
                       WHEN k.status = 'cancelled' THEN 'cancelled'
                       ELSE 'queued' END::"MessageStatus",
         "errorReason" = CASE WHEN c.doubted THEN $6 END,
         "finalAt" = CASE WHEN NOT c.doubted AND k.status = 'cancelled' THEN now() END,
         "submitAttempts" = CASE WHEN c.doubted THEN m."submitAttempts" ELSE m."submitAttempts" - 1 END,
         "updatedAt" = now()
       FROM claimed c, campaigns k
       WHERE m.id = c.id AND k.id = $1
       RETURNING m.status
     ),
     counted AS (
       UPDATE campaigns SET
         "unknownCount" = "unknownCount" + (SELECT count(*) FROM settled WHERE status = 'unknown'),
         "cancelledCount" = "cancelledCount" + (SELECT count(*) FROM settled WHERE status = 'cancelled')
       WHERE id = $1 AND EXISTS (SELECT 1 FROM settled WHERE status IN ('unknown', 'cancelled'))
     )
     SELECT count(*) FILTER (WHERE status = 'unknown')::text AS doubted,
            count(*) FILTER (WHERE status <> 'unknown')::text AS released
     FROM settled`,
    [
      batch.campaignId,
      batch.firstMessageId,
      batch.lastMessageId,
      claims.written === null,
      claims.written ?? [],
      WORKER_STOPPED_REASON,
      claims.only,
      runToken,
    ],
  );
  return { doubted: Number(rows[0]!.doubted), released: Number(rows[0]!.released) };
}

/** Distinct contact time zones among the batch's queued messages, for quiet hours. */
export async function queuedZones(
  pool: Pool,
  batch: { campaignId: string; firstMessageId: string; lastMessageId: string },
): Promise<Array<string | null>> {
  const { rows } = await pool.query<{ zone: string | null }>(
    `SELECT DISTINCT c."timeZone" AS zone
     FROM messages m LEFT JOIN contacts c ON c.id = m."contactId"
     WHERE m."campaignId" = $1 AND m.id BETWEEN $2 AND $3 AND m.status = 'queued'`,
    [batch.campaignId, batch.firstMessageId, batch.lastMessageId],
  );
  return rows.map((row) => row.zone);
}
