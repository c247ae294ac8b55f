import { UnrecoverableError, type Job } from "bullmq";
import { ZodError } from "zod";
import { isJobName, parseJobPayload, type JobName } from "@/lib/queue";
import type { Logger } from "@/lib/logger";
import { JOB_HANDLERS, type JobHandler } from "./jobs/registry";
import type { WorkerServices } from "./worker-services";

/** Validates a job's payload again (the producer may be an older version) and runs its handler. */
export async function processJob(
  job: Job,
  token: string | undefined,
  logger: Logger,
  services: WorkerServices,
): Promise<unknown> {
  const log = logger.child({ job: job.name, jobId: job.id, attempt: job.attemptsMade + 1 });
  if (!isJobName(job.name)) throw new UnrecoverableError(`Unknown job "${job.name}"`);
  const handler = JOB_HANDLERS[job.name] as JobHandler<JobName> | undefined;
  if (!handler) throw new UnrecoverableError(`This worker version has no handler for "${job.name}"`);
  let payload: ReturnType<typeof parseJobPayload>;
  try {
    payload = parseJobPayload(job.name, job.data);
  } catch (error) {
    // A malformed payload will not get better by retrying.
    const reason =
      error instanceof ZodError ? error.issues.map((i) => `${i.path.join(".")}: ${i.message}`) : error;
    throw new UnrecoverableError(`Invalid payload for "${job.name}": ${JSON.stringify(reason)}`);
  }
  const started = Date.now();
  const result = await handler(payload, { job, token, logger: log, services });
  log.info({ ms: Date.now() - started }, "job done");
  return result;
}
