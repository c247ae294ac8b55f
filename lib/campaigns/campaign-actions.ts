import { db } from "@/lib/db";
import { ValidationError } from "@/lib/errors";
import { publishCampaignProgress } from "./publish-campaign-progress";
import { ZCampaignRefInput, type CampaignRef } from "./campaign-records.schema";
import { campaignIdOrNotFound, parseOptions } from "./parse-options";
import { enqueueScheduledStart, enqueueStartNow, removeScheduledStart } from "./schedule-start";
import { transitionCampaign } from "./transition-campaign";
import { cancelQueuedMessages } from "./cancel-queued-messages";

/** A schedule must leave the worker a moment to take the audience. */
const MIN_LEAD_MS = 30_000;

function ref(options: CampaignRef): { orgId: string; campaignId: string } {
  const { orgId, campaignId } = parseOptions(ZCampaignRefInput, options);
  return { orgId, campaignId: campaignIdOrNotFound(campaignId) };
}

/** Draft → scheduled: a delayed job starts it at its time. */
export async function scheduleCampaign(options: CampaignRef): Promise<void> {
  const { orgId, campaignId } = ref(options);
  const campaign = await db.campaign.findFirst({
    where: { id: campaignId, orgId },
    select: { scheduledAt: true },
  });
  const at = campaign?.scheduledAt;
  if (campaign && (!at || at.getTime() < Date.now() + MIN_LEAD_MS)) {
    throw new ValidationError("Pick a send time at least a minute from now, or send it now.", "schedule");
  }
  await transitionCampaign({ orgId, campaignId, action: "schedule" });
  await enqueueScheduledStart(orgId, campaignId, at!);
  await publishCampaignProgress(orgId, campaignId);
}

/** Draft or scheduled → running now. */
export async function sendCampaignNow(options: CampaignRef): Promise<void> {
  const { orgId, campaignId } = ref(options);
  const before = await db.campaign.findFirst({
    where: { id: campaignId, orgId },
    select: { scheduledAt: true },
  });
  const { sendGeneration } = await transitionCampaign({
    orgId,
    campaignId,
    action: "send_now",
    data: { startedAt: new Date(), sendGeneration: { increment: 1 } },
  });
  await removeScheduledStart(campaignId, before?.scheduledAt ?? null);
  await enqueueStartNow(orgId, campaignId, sendGeneration);
  await publishCampaignProgress(orgId, campaignId);
}

/** Scheduled → draft, so it can be changed without a clock running. */
export async function unscheduleCampaign(options: CampaignRef): Promise<void> {
  const { orgId, campaignId } = ref(options);
  const before = await db.campaign.findFirst({
    where: { id: campaignId, orgId },
    select: { scheduledAt: true },
  });
  await transitionCampaign({ orgId, campaignId, action: "unschedule" });
  await removeScheduledStart(campaignId, before?.scheduledAt ?? null);
  await publishCampaignProgress(orgId, campaignId);
}

/** Running → paused: send batches see it within a second and stop submitting. */
export async function pauseCampaign(options: CampaignRef): Promise<void> {
  const { orgId, campaignId } = ref(options);
  await transitionCampaign({ orgId, campaignId, action: "pause" });
  await publishCampaignProgress(orgId, campaignId);
}

/** Paused → running: a new round of batches takes the messages still queued. */
export async function resumeCampaign(options: CampaignRef): Promise<void> {
  const { orgId, campaignId } = ref(options);
  const { sendGeneration } = await transitionCampaign({
    orgId,
    campaignId,
    action: "resume",
    data: { sendGeneration: { increment: 1 } },
  });
  await enqueueStartNow(orgId, campaignId, sendGeneration);
  await publishCampaignProgress(orgId, campaignId);
}

/** Any unfinished campaign → cancelled, for good: messages not yet submitted become cancelled. */
export async function cancelCampaign(options: CampaignRef): Promise<void> {
  const { orgId, campaignId } = ref(options);
  const before = await db.campaign.findFirst({
    where: { id: campaignId, orgId },
    select: { scheduledAt: true },
  });
  await transitionCampaign({ orgId, campaignId, action: "cancel", data: { completedAt: new Date() } });
  await removeScheduledStart(campaignId, before?.scheduledAt ?? null);
  await cancelQueuedMessages(campaignId);
  await publishCampaignProgress(orgId, campaignId);
}
