import type { Pool, PoolClient } from "pg";

/** Messages per send job: big enough that queue overhead is noise, small enough to spread over workers. */
export const SEND_BATCH_SIZE = 2_000;

export interface SendBatchRange {
  firstMessageId: string;
  lastMessageId: string;
}

/** The id ranges of the campaign's still-queued messages, SEND_BATCH_SIZE at a time, in one query. */
export async function planSendBatches(
  client: Pool | PoolClient,
  campaignId: string,
  batchSize = SEND_BATCH_SIZE,
): Promise<SendBatchRange[]> {
  const { rows } = await client.query<{ first: string; last: string }>(
    `SELECT min(id)::text AS first, max(id)::text AS last
     FROM (
       SELECT id, (row_number() OVER (ORDER BY id) - 1) / $2 AS batch
       FROM messages WHERE "campaignId" = $1 AND status = 'queued'
     ) numbered
     GROUP BY batch ORDER BY batch`,
    [campaignId, batchSize],
  );
  return rows.map((row) => ({ firstMessageId: row.first, lastMessageId: row.last }));
}
