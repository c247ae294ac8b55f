import { db } from "@/lib/db";

/** Rows deleted per statement, so a large backlog never holds locks or WAL for long. */
const PURGE_BATCH = 5_000;

/** Deletes every expired Idempotency-Key (all organizations: it is the maintenance queue's housekeeping). */
export async function purgeExpiredIdempotencyKeys(): Promise<number> {
  let purged = 0;
  for (;;) {
    const deleted = await db.$executeRaw`
      DELETE FROM idempotency_keys
      WHERE ("orgId", key) IN (
        SELECT "orgId", key FROM idempotency_keys WHERE "expiresAt" <= now() LIMIT ${PURGE_BATCH}
      )`;
    purged += deleted;
    if (deleted < PURGE_BATCH) return purged;
  }
}
