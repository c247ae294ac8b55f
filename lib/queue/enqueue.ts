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

/** Validates and enqueues many jobs of one kind in one round trip (send batches). */
export async function enqueueJobs<N extends JobName>(
  name: N,
  jobs: ReadonlyArray<{ payload: JobPayload<N>; options?: JobsOptions }>,
): Promise<void> {
  const definition = JOBS[name];
  const items = jobs.map(({ payload, options }) => ({
    name,
    data: definition.payload.parse(payload),
    opts: options ?? {},
  }));
  for (let i = 0; i < items.length; i += 1000) {
    await getQueue(definition.queue).addBulk(items.slice(i, i + 1000));
  }
}
