import { db } from "@/lib/db";

/**
 * Running → completed once the audience is all taken (see take-audience.ts)
 * and no message is left queued or in flight. Held
 * messages (quiet hours) are still queued, so a campaign waiting for
 * morning stays running. Answers whether this call completed it.
 */
export async function completeCampaignIfDone(orgId: string, campaignId: string): Promise<boolean> {
  const completed = await db.$executeRaw`
    UPDATE campaigns SET status = 'completed', "completedAt" = now(), "updatedAt" = now()
    WHERE id = ${campaignId}::uuid AND "orgId" = ${orgId}::uuid AND status = 'running'
      AND "audienceGeneration" = "sendGeneration"
      AND NOT EXISTS (
        SELECT 1 FROM messages
        WHERE "campaignId" = ${campaignId}::uuid AND status IN ('queued', 'sending')
      )`;
  return completed === 1;
}
