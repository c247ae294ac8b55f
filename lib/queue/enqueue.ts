import type { JobsOptions } from "bullmq";
import { getQueue } from "./connection";
import { JOBS, queueForJob, type JobName, type JobPayload, type QueueName } from "./jobs";

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
  const data = definition.payload.parse(payload) as JobPayload<N>;
  const job = await getQueue(queueForJob(name, data)).add(name, data, options);
  return job.id;
}

/** Validates and enqueues many jobs of one kind in one round trip (send batches). */
export async function enqueueJobs<N extends JobName>(
  name: N,
  jobs: ReadonlyArray<{ payload: JobPayload<N>; options?: JobsOptions }>,
): Promise<void> {
  const definition = JOBS[name];
  const byQueue = new Map<QueueName, Array<{ name: N; data: JobPayload<N>; opts: JobsOptions }>>();
  for (const { payload, options } of jobs) {
    const data = definition.payload.parse(payload) as JobPayload<N>;
    const queue = queueForJob(name, data);
    if (!byQueue.has(queue)) byQueue.set(queue, []);
    byQueue.get(queue)!.push({ name, data, opts: options ?? {} });
  }
  for (const [queue, items] of byQueue) {
    for (let i = 0; i < items.length; i += 1000) {
      await getQueue(queue).addBulk(items.slice(i, i + 1000));
    }
  }
}
