import { db } from "@/lib/db";

/**
 * A cancelled campaign's messages still queued become cancelled, counted,
 * in one statement. Run by the cancel itself and again by an audience pass
 * that finds the campaign cancelled: a slice that committed after the
 * cancel's own update left rows that update never saw.
 */
export async function cancelQueuedMessages(campaignId: string): Promise<void> {
  await db.$executeRaw`
    WITH cancelled AS (
      UPDATE messages SET status = 'cancelled', "updatedAt" = now(), "finalAt" = now()
      WHERE "campaignId" = ${campaignId}::uuid AND status = 'queued'
        AND EXISTS (SELECT 1 FROM campaigns WHERE id = ${campaignId}::uuid AND status = 'cancelled')
      RETURNING 1
    )
    UPDATE campaigns SET "cancelledCount" = "cancelledCount" + (SELECT count(*) FROM cancelled)
    WHERE id = ${campaignId}::uuid AND EXISTS (SELECT 1 FROM cancelled)`;
}
