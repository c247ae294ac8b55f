import { db } from "@/lib/db";
import { completeCampaignIfDone } from "./complete-campaign";
import { publishCampaignProgress } from "./publish-campaign-progress";
import { takeAudience } from "./take-audience";
import { transitionCampaign } from "./transition-campaign";

/** Delayed jobs may fire a little early; within this the schedule counts as due. */
const EARLY_TOLERANCE_MS = 2_000;

export type StartOutcome = "started" | "not_due" | "not_running";

/**
 * The start job (flow 2): a due scheduled campaign becomes running; a
 * running one gets its audience taken (rows created once) and one send job
 * per batch of queued messages, named by the send generation so a re-run
 * adds none.
 * Safe to run any number of times.
 */
export async function startCampaign(options: { orgId: string; campaignId: string }): Promise<StartOutcome> {
  const { orgId, campaignId } = options;
  let campaign = await db.campaign.findFirst({
    where: { id: campaignId, orgId },
    select: { status: true, scheduledAt: true, senderId: true, sendGeneration: true, startedAt: true },
  });
  if (!campaign) return "not_running";
  if (campaign.status === "scheduled") {
    if (!campaign.scheduledAt || campaign.scheduledAt.getTime() > Date.now() + EARLY_TOLERANCE_MS)
      return "not_due";
    await transitionCampaign({
      orgId,
      campaignId,
      action: "start",
      data: { startedAt: new Date(), sendGeneration: { increment: 1 } },
    }).catch(() => undefined); // someone else started or cancelled it: re-read below
    campaign = await db.campaign.findFirstOrThrow({
      where: { id: campaignId },
      select: { status: true, scheduledAt: true, senderId: true, sendGeneration: true, startedAt: true },
    });
  }
  if (campaign.status !== "running") return "not_running";

  const audience = await takeAudience({
    orgId,
    campaignId,
    senderId: campaign.senderId,
    generation: campaign.sendGeneration,
  });
  if (!audience.complete) {
    await publishCampaignProgress(orgId, campaignId);
    return "not_running";
  }
  await completeCampaignIfDone(orgId, campaignId);
  await publishCampaignProgress(orgId, campaignId);
  return "started";
}
