import type { Pool } from "pg";
import type { SubmitOutcome } from "./submit-outcome";

export interface RecordedCounts {
  submitted: number;
  failed: number;
  unknown: number;
  requeued: number;
}

/**
 * Stores a batch of outcomes and moves the campaign's counters in one
 * statement. Only rows still `sending` change, so an outcome stored twice
 * (a retried flush) counts once.
 */
export async function recordSubmitOutcomes(
  pool: Pool,
  campaignId: string,
  outcomes: readonly SubmitOutcome[],
): Promise<RecordedCounts> {
  const ids: string[] = [];
  const statuses: string[] = [];
  const smscIds: Array<string | null> = [];
  const errorCodes: Array<number | null> = [];
  const errorReasons: Array<string | null> = [];
  const bodies: Array<string | null> = [];
  const segments: Array<number | null> = [];
  const encodings: Array<string | null> = [];
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
  }
  const { rows } = await pool.query<{ submitted: string; failed: string; unknown: string; requeued: string }>(
    `WITH r AS (
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
       FROM r WHERE m.id = r.id AND m."campaignId" = $1 AND m.status = 'sending'
       RETURNING r.status
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
       FROM tally t WHERE c.id = $1
     )
     SELECT submitted::text, failed::text, unknown::text, requeued::text FROM tally`,
    [campaignId, ids, statuses, smscIds, errorCodes, errorReasons, bodies, segments, encodings],
  );
  const row = rows[0]!;
  return {
    submitted: Number(row.submitted),
    failed: Number(row.failed),
    unknown: Number(row.unknown),
    requeued: Number(row.requeued),
  };
}
