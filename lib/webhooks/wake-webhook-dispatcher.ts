import { logger } from "@/lib/logger";
import { enqueueJob } from "@/lib/queue";

const DISPATCH_JOB = "webhook-dispatch";

/**
 * Asks a worker to send due deliveries now. Many callers (every receipt
 * batch) share one job: while one waits, more are dropped; while one runs,
 * one more is kept to run after it, so a delivery recorded during its last
 * pass is not left for the periodic sweep. The deliveries are already
 * stored, so a failure here only delays them until that sweep: it is
 * logged, not thrown at a caller whose work is committed.
 */
export async function wakeWebhookDispatcher(): Promise<void> {
  try {
    await enqueueJob(
      "deliver-webhook",
      {},
      {
        deduplication: { id: DISPATCH_JOB, keepLastIfActive: true },
        removeOnComplete: true,
        removeOnFail: true,
        attempts: 1,
      },
    );
  } catch (error) {
    logger.warn({ err: error }, "could not wake the webhook dispatcher; the sweep will send the deliveries");
  }
}
