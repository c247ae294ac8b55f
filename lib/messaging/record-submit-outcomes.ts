import type { Pool } from "pg";
import { recordMessageEvents, wakeWebhookDispatcher } from "@/lib/webhooks";
import type { SubmitOutcome } from "./submit-outcome";

export interface RecordedCounts {
  submitted: number;
  failed: number;
  unknown: number;
  requeued: number;
}

type StoredTally = {
  submitted: string;
  failed: string;
  unknown: string;
  requeued: string;
  changedIds: string[];
  orgIds: string[];
};

/**
 * Stores a batch of outcomes, the part ids of concatenated messages, and
 * the campaign's counters (when the messages are a campaign's) in one
 * statement. Only rows still `sending` change, so an outcome stored twice
 * (a retried flush) counts once. Answers the SMSC ids stored, so receipts
 * that arrived before them can be matched now.
 */
export async function recordSubmitOutcomes(
  pool: Pool,
  campaignId: string | null,
  outcomes: readonly SubmitOutcome[],
): Promise<RecordedCounts & { smscIds: string[] }> {
  const ids: string[] = [];
  const statuses: string[] = [];
  const smscIds: Array<string | null> = [];
  const errorCodes: Array<number | null> = [];
  const errorReasons: Array<string | null> = [];
  const bodies: Array<string | null> = [];
  const segments: Array<number | null> = [];
  const encodings: Array<string | null> = [];
  const partMessageIds: string[] = [];
  const partIndexes: number[] = [];
  const partSmscIds: string[] = [];
  for (const outcome of outcomes) {
    ids.push(outcome.id);
    statuses.push(outcome.status);
    if (outcome.status === "queued") {
      smscIds.push(null);
      errorCodes.push(null);
      errorReasons.push(null);
      bodies.push(null);
      segments.push(null);
      encodings.push(null);
      continue;
    }
    smscIds.push(outcome.smscMessageId);
    errorCodes.push(outcome.status === "submitted" ? null : outcome.errorCode);
    errorReasons.push(outcome.status === "submitted" ? null : outcome.errorReason);
    bodies.push(outcome.text);
    segments.push(outcome.segments);
    encodings.push(outcome.encoding);
    outcome.partIds.forEach((partId, index) => {
      if (partId === "") return;
      partMessageIds.push(outcome.id);
      partIndexes.push(index + 1);
      partSmscIds.push(partId);
    });
  }
  const { rows } = await pool.query<StoredTally>({
    // Named: prepared once per connection, planned once.
    name: "record-submit-outcomes",
    text: `WITH r AS (
       SELECT * FROM unnest($2::bigint[], $3::text[], $4::text[], $5::int[], $6::text[], $7::text[], $8::int[], $9::text[])
         AS r(id, status, smsc_id, error_code, error_reason, body, segments, encoding)
     ),
     stored AS (
       UPDATE messages m SET
         status = r.status::"MessageStatus",
         "smscMessageId" = r.smsc_id,
         "errorCode" = r.error_code,
         "errorReason" = r.error_reason,
         body = coalesce(r.body, m.body),
         segments = coalesce(r.segments, m.segments),
         encoding = coalesce(r.encoding, m.encoding),
         "submittedAt" = CASE WHEN r.status IN ('submitted', 'unknown') THEN now() END,
         "finalAt" = CASE WHEN r.status = 'failed' THEN now() END,
         "updatedAt" = now()
       FROM r WHERE m.id = r.id AND ($1::uuid IS NULL OR m."campaignId" = $1::uuid) AND m.status = 'sending'
       RETURNING m.id, m."orgId", r.status
     ),
     parts AS (
       INSERT INTO message_parts ("messageId", "partIndex", "smscMessageId")
       SELECT p.message_id, p.part_index, p.smsc_id
       FROM unnest($10::bigint[], $11::int[], $12::text[]) AS p(message_id, part_index, smsc_id)
       WHERE p.message_id IN (SELECT id FROM stored)
       ON CONFLICT DO NOTHING
     ),
     tally AS (
       SELECT count(*) FILTER (WHERE status = 'submitted') AS submitted,
              count(*) FILTER (WHERE status = 'failed') AS failed,
              count(*) FILTER (WHERE status = 'unknown') AS unknown,
              count(*) FILTER (WHERE status = 'queued') AS requeued
       FROM stored
     ),
     counted AS (
       UPDATE campaigns c SET
         "sentCount" = c."sentCount" + t.submitted,
         "failedCount" = c."failedCount" + t.failed,
         "unknownCount" = c."unknownCount" + t.unknown,
         "updatedAt" = now()
       FROM tally t WHERE c.id = $1::uuid
     )
     SELECT submitted::text, failed::text, unknown::text, requeued::text,
            ARRAY(SELECT id::text FROM stored WHERE status <> 'queued') AS "changedIds",
            ARRAY(SELECT DISTINCT "orgId" FROM stored) AS "orgIds"
     FROM tally`,
    values: [
      campaignId,
      ids,
      statuses,
      smscIds,
      errorCodes,
      errorReasons,
      bodies,
      segments,
      encodings,
      partMessageIds,
      partIndexes,
      partSmscIds,
    ],
  });
  const row = rows[0]!;
  // Status events of the rows this call changed (a retried flush changes none again).
  // A crash between the two statements loses that batch's events, never a status.
  const events = { eventType: "message.status", orgIds: row.orgIds, messageIds: row.changedIds } as const;
  if ((await recordMessageEvents(pool, events)) > 0) await wakeWebhookDispatcher();
  return {
    submitted: Number(row.submitted),
    failed: Number(row.failed),
    unknown: Number(row.unknown),
    requeued: Number(row.requeued),
    smscIds: [...smscIds.filter((id): id is string => id !== null), ...partSmscIds],
  };
}
