import type { Job } from "bullmq";
import type { JobName, JobPayload } from "@/lib/queue";
import type { Logger } from "@/lib/logger";
import type { WorkerServices } from "../worker-services";
import { expireIdempotencyKeysJob } from "./expire-idempotency-keys";
import { deliverWebhookJob } from "./deliver-webhook";
import { purgeWebhookDeliveriesJob } from "./purge-webhook-deliveries";
import { expireStaleUploadsJob } from "./expire-stale-uploads";
import { importContactsJob } from "./import-contacts";
import { matchReceiptsJob } from "./match-receipts";
import { sendBatchJob } from "./send-batch";
import { sendMessageJob } from "./send-message";
import { startCampaignJob } from "./start-campaign";

/** What a handler gets: its job (and lock token, to delay itself), a logger, and the process's shared services. */
export type JobContext = { job: Job; token: string | undefined; logger: Logger; services: WorkerServices };
export type JobHandler<N extends JobName> = (payload: JobPayload<N>, context: JobContext) => Promise<unknown>;

/**
 * The handlers this worker version runs, one file per job in worker/jobs/.
 * A job without a handler here fails at once with a clear reason instead of
 * being retried (see worker/process-job.ts).
 */
export const JOB_HANDLERS: { [N in JobName]?: JobHandler<N> } = {
  "import-contacts": importContactsJob,
  "expire-stale-uploads": expireStaleUploadsJob,
  "expire-idempotency-keys": expireIdempotencyKeysJob,
  "start-campaign": startCampaignJob,
  "send-batch": sendBatchJob,
  "send-message": sendMessageJob,
  "match-receipts": matchReceiptsJob,
  "deliver-webhook": deliverWebhookJob,
  "purge-webhook-deliveries": purgeWebhookDeliveriesJob,
};
