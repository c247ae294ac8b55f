import { db } from "@/lib/db";
import { publishEvent } from "@/lib/events";
import { CAMPAIGN_COLUMNS, toCampaignSummary } from "./campaign-summary";

/**
 * Tells every open page of the organization the campaign's status and
 * counters as stored. Best effort: the database stays the truth, and a page
 * that missed an event reads it on reload.
 */
export async function publishCampaignProgress(orgId: string, campaignId: string): Promise<void> {
  const record = await db.campaign.findFirst({ where: { id: campaignId, orgId }, select: CAMPAIGN_COLUMNS });
  if (!record) return;
  const { status, audienceComplete, counts } = toCampaignSummary(record);
  await publishEvent(orgId, {
    type: "campaign.progress",
    campaignId,
    status,
    audienceComplete,
    counts: { ...counts },
    at: new Date().toISOString(),
  }).catch(() => undefined);
}
