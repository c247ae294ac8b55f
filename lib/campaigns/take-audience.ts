import { getPool } from "@/lib/db";
import { enqueueJobs } from "@/lib/queue";
import { cancelQueuedMessages } from "./cancel-queued-messages";
import { planSendBatches, SEND_BATCH_SIZE, type SendBatchRange } from "./plan-send-batches";
import { publishCampaignProgress } from "./publish-campaign-progress";
import { FIRST_CONTACT_CURSOR, snapshotAudienceSlice } from "./snapshot-audience";

/**
 * Slices double from one send batch up to this many contacts: a million
 * contacts take about 25 statements, each a fraction of a second long.
 */
const SLICES = { first: SEND_BATCH_SIZE, max: 50_000 };

/**
 * Takes the campaign's audience (flow 2) a slice at a time and enqueues each
 * slice's send batches as soon as it is committed, so the first messages
 * leave within milliseconds while the rest is still being taken. In one
 * statement, 100,000 recipients took 1.7 s before anything was sent (three
 * foreign-key checks and five indexes per row), a million would take about
 * 17 s, in one long transaction. When every slice is taken, the pass counts
 * what it left out and marks the audience of this send generation whole:
 * until then the campaign cannot complete (complete-campaign.ts). `complete`
 * is false when the campaign stopped running on the way (paused or
 * cancelled): nothing more is taken, what a cancel missed is cancelled, and
 * a resume takes the rest in a new pass. `batches` are the send batches enqueued.
 */
export async function takeAudience(
  campaign: { orgId: string; campaignId: string; senderId: string; generation: number },
  slices = SLICES,
): Promise<{ complete: boolean; batches: SendBatchRange[] }> {
  const { orgId, campaignId, generation } = campaign;
  const pool = getPool();
  let afterContactId = FIRST_CONTACT_CURSOR;
  let size = slices.first;
  const enqueued: SendBatchRange[] = [];
  let excludedOptedOut = 0;
  let excludedDuplicates = 0;
  for (;;) {
    const slice = await snapshotAudienceSlice(pool, campaign, { afterContactId, size });
    if (!slice.running) {
      // A slice that committed after a cancel holds queued rows the cancel's own update never saw.
      await cancelQueuedMessages(campaignId);
      return { complete: false, batches: enqueued };
    }
    if (slice.lastContactId === null) break;
    excludedOptedOut += slice.optedOut;
    excludedDuplicates += slice.memberships - slice.contacts;
    if (slice.firstMessageId !== null && slice.lastMessageId !== null) {
      const range = { firstMessageId: slice.firstMessageId, lastMessageId: slice.lastMessageId };
      const batches = await planSendBatches(pool, campaignId, { range });
      await enqueueJobs(
        "send-batch",
        batches.map((batch) => ({
          payload: { orgId, campaignId, ...batch },
          options: { jobId: `send-${campaignId}-g${generation}-${batch.firstMessageId}` },
        })),
      );
      enqueued.push(...batches);
      await publishCampaignProgress(orgId, campaignId);
    }
    afterContactId = slice.lastContactId;
    size = Math.min(size * 2, slices.max);
  }
  // A later generation (a pause and resume meanwhile) makes its own pass and its own mark.
  await pool.query(
    `UPDATE campaigns SET "excludedOptedOut" = $3, "excludedDuplicates" = $4, "audienceGeneration" = $5
     WHERE id = $1 AND "orgId" = $2 AND "sendGeneration" = $5`,
    [campaignId, orgId, excludedOptedOut, excludedDuplicates, generation],
  );
  return { complete: true, batches: enqueued };
}
