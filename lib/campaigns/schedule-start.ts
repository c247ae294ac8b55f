import { enqueueJob, getQueue, QUEUES } from "@/lib/queue";

/**
 * The delayed job that starts a scheduled campaign. Its id names the time,
 * so a re-schedule adds a new job; the old one is removed when it can be,
 * and if it still fires, the start job finds the time has not come and stops.
 */
export async function enqueueScheduledStart(orgId: string, campaignId: string, at: Date): Promise<void> {
  await enqueueJob(
    "start-campaign",
    { orgId, campaignId },
    { jobId: startJobId(campaignId, at), delay: Math.max(0, at.getTime() - Date.now()) },
  );
}

export async function removeScheduledStart(campaignId: string, at: Date | null): Promise<void> {
  if (!at) return;
  // A job already running cannot be removed; it re-checks the schedule itself.
  await getQueue(QUEUES.campaigns)
    .remove(startJobId(campaignId, at))
    .catch(() => undefined);
}

/** Starts (or resumes) a campaign now: one start job per send generation. */
export async function enqueueStartNow(orgId: string, campaignId: string, generation: number): Promise<void> {
  await enqueueJob("start-campaign", { orgId, campaignId }, { jobId: `start-${campaignId}-g${generation}` });
}

function startJobId(campaignId: string, at: Date): string {
  return `start-${campaignId}-at${at.getTime()}`;
}
