import type { Job } from "bullmq";
import type { JobName, JobPayload } from "@/lib/queue";
import type { Logger } from "@/lib/logger";
import { expireStaleUploadsJob } from "./expire-stale-uploads";
import { importContactsJob } from "./import-contacts";

export type JobContext = { job: Job; logger: Logger };
export type JobHandler<N extends JobName> = (payload: JobPayload<N>, context: JobContext) => Promise<unknown>;

/**
 * The handlers this worker version runs, one file per job in worker/jobs/.
 * A job without a handler here fails at once with a clear reason instead of
 * being retried (see worker/process-job.ts).
 */
export const JOB_HANDLERS: { [N in JobName]?: JobHandler<N> } = {
  "import-contacts": importContactsJob,
  "expire-stale-uploads": expireStaleUploadsJob,
};
