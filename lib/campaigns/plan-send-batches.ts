import type { Pool, PoolClient } from "pg";

/** Messages per send job: big enough that queue overhead is noise, small enough to spread over workers. */
export const SEND_BATCH_SIZE = 2_000;

export interface SendBatchRange {
  firstMessageId: string;
  lastMessageId: string;
}

/**
 * The id ranges of the campaign's still-queued messages (those within
 * `range` when given: one audience slice), SEND_BATCH_SIZE at a time, in one query.
 */
export async function planSendBatches(
  client: Pool | PoolClient,
  campaignId: string,
  options: { range?: SendBatchRange; batchSize?: number } = {},
): Promise<SendBatchRange[]> {
  const { range, batchSize = SEND_BATCH_SIZE } = options;
  const { rows } = await client.query<{ first: string; last: string }>(
    `SELECT min(id)::text AS first, max(id)::text AS last
     FROM (
       SELECT id, (row_number() OVER (ORDER BY id) - 1) / $2 AS batch
       FROM messages
       WHERE "campaignId" = $1 AND status = 'queued'
         AND ($3::bigint IS NULL OR id BETWEEN $3 AND $4)
     ) numbered
     GROUP BY batch ORDER BY batch`,
    [campaignId, batchSize, range?.firstMessageId ?? null, range?.lastMessageId ?? null],
  );
  return rows.map((row) => ({ firstMessageId: row.first, lastMessageId: row.last }));
}
