import { DelayedError } from "bullmq";
import { getPool } from "@/lib/db";
import { sendCampaignBatch } from "@/lib/messaging";
import type { JobHandler } from "./registry";

/** Wait before retrying a batch whose messages could not be written (bind down). */
const REQUEUE_DELAY_MS = 5_000;

/**
 * One batch of a campaign's messages (flow 3). Held messages (quiet hours)
 * and ones a lost bind never wrote make the same job wait and run again;
 * it only ever takes what is still queued.
 */
export const sendBatchJob: JobHandler<"send-batch"> = async (payload, { job, logger, services, token }) => {
  const result = await sendCampaignBatch(payload, {
    pool: getPool(),
    logger,
    connectorFor: (orgId, connectorId) => services.connectors.connectorFor(orgId, connectorId),
    nextReference: services.nextReference,
  });
  if (result.status === "held" || result.status === "requeued") {
    const delay = result.status === "held" ? result.retryInMs : REQUEUE_DELAY_MS;
    logger.info({ ...payload, result, delay }, "send batch waits");
    await job.moveToDelayed(Date.now() + delay, token);
    throw new DelayedError();
  }
  return result;
};
