import { config } from "@/lib/config";
import { getPool } from "@/lib/db";

/** Rows deleted per statement, so a large backlog never holds locks or WAL for long. */
const PURGE_BATCH = 5_000;

/**
 * Forgets finished deliveries (and their attempts, by cascade) older than
 * the retention, for every organization: the maintenance queue's
 * housekeeping. Pending deliveries are never forgotten. Old rows are found
 * per endpoint through the log's (endpointId, createdAt, id) index, oldest
 * first, so no statement scans the table.
 */
export async function purgeWebhookDeliveries(options: { retentionDays?: number } = {}): Promise<number> {
  const retentionDays = options.retentionDays ?? config.WEBHOOK_LOG_RETENTION_DAYS;
  let purged = 0;
  for (;;) {
    const { rowCount } = await getPool().query(
      `DELETE FROM webhook_deliveries WHERE id IN (
         SELECT old.id FROM webhook_endpoints e
         CROSS JOIN LATERAL (
           SELECT id FROM webhook_deliveries
           WHERE "endpointId" = e.id AND "createdAt" < now() - make_interval(days => $1) AND status <> 'pending'
           ORDER BY "createdAt", id LIMIT $2
         ) old
         LIMIT $2
       )`,
      [retentionDays, PURGE_BATCH],
    );
    purged += rowCount ?? 0;
    if ((rowCount ?? 0) < PURGE_BATCH) return purged;
  }
}
