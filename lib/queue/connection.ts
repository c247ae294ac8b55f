import { Queue, type DefaultJobOptions } from "bullmq";
import { config } from "@/lib/config";
import { createRedis } from "@/lib/redis";
import type { QueueName } from "./jobs";

/** Retry defaults for every job, set once: a handler is safe to run again. */
export const DEFAULT_JOB_OPTIONS: DefaultJobOptions = {
  attempts: 5,
  backoff: { type: "exponential", delay: 2_000 },
  removeOnComplete: { age: 24 * 3600, count: 10_000 },
  removeOnFail: { age: 7 * 24 * 3600 },
};

/** BullMQ keys live under the installation's prefix, so tests and dev never share queues. */
export const BULL_PREFIX = `${config.REDIS_PREFIX}:bull`;

const globalForQueues = globalThis as unknown as { smsQueues?: Map<QueueName, Queue> };

/** One Queue (producer) per name per process, sharing one connection. */
export function getQueue(name: QueueName): Queue {
  globalForQueues.smsQueues ??= new Map();
  let queue = globalForQueues.smsQueues.get(name);
  if (!queue) {
    queue = new Queue(name, {
      connection: createRedis(`queue-${name}`),
      prefix: BULL_PREFIX,
      defaultJobOptions: DEFAULT_JOB_OPTIONS,
    });
    globalForQueues.smsQueues.set(name, queue);
  }
  return queue;
}

export async function closeQueues(): Promise<void> {
  const queues = [...(globalForQueues.smsQueues?.values() ?? [])];
  globalForQueues.smsQueues?.clear();
  await Promise.all(queues.map((queue) => queue.close()));
}
