import type { JobsOptions } from "bullmq";
import { getQueue } from "./connection";
import { JOBS, type JobName, type JobPayload } from "./jobs";

/**
 * Validates and enqueues a job. Pass a deterministic `jobId` whenever the
 * same work could be enqueued twice (BullMQ ignores a second add with the
 * same id while the first is kept).
 */
export async function enqueueJob<N extends JobName>(
  name: N,
  payload: JobPayload<N>,
  options: JobsOptions = {},
): Promise<string | undefined> {
  const definition = JOBS[name];
  const data = definition.payload.parse(payload);
  const job = await getQueue(definition.queue).add(name, data, options);
  return job.id;
}
