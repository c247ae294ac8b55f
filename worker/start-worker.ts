import { randomUUID } from "node:crypto";
import { Worker } from "bullmq";
import { config } from "@/lib/config";
import { db, getPool } from "@/lib/db";
import type { Logger } from "@/lib/logger";
import { BULL_PREFIX, closeQueues, getQueue, QUEUES, type QueueName } from "@/lib/queue";
import { createRedis } from "@/lib/redis";
import { startPresence } from "./presence";
import { processJob } from "./process-job";
import { createDeliverSmHandler } from "./receiving/handle-deliver-sm";
import { ReceiptSink } from "./receiving/receipt-sink";
import { ConnectorPool } from "./sending/connector-pool";
import { createReferenceCounter, type WorkerServices } from "./worker-services";

/** How many jobs of each queue one worker process runs at once. */
const CONCURRENCY: Record<QueueName, number> = {
  [QUEUES.imports]: 1,
  [QUEUES.campaigns]: 2,
  [QUEUES.send]: config.WORKER_CONCURRENCY,
  [QUEUES.sendPriority]: config.WORKER_PRIORITY_CONCURRENCY,
  [QUEUES.webhooks]: 8,
  [QUEUES.maintenance]: 1,
};

export type RunningWorker = { workerId: string; stop(): Promise<void> };

/**
 * Connects to PostgreSQL and Redis (failing fast with a clear message when
 * either is unreachable), then consumes every queue.
 */
export async function startWorker(logger: Logger): Promise<RunningWorker> {
  const workerId = randomUUID();
  await db.$queryRaw`SELECT 1`.catch((error: unknown) => {
    throw new Error(`PostgreSQL is not reachable at DATABASE_URL: ${String(error)}`, { cause: error });
  });
  const redis = createRedis("worker");
  await redis.ping().catch((error: unknown) => {
    throw new Error(`Redis is not reachable at REDIS_URL: ${String(error)}`, { cause: error });
  });

  const smppLogger = logger.child({ component: "smpp" });
  const receipts = new ReceiptSink(getPool(), smppLogger);
  const services: WorkerServices = {
    connectors: new ConnectorPool(
      redis,
      workerId,
      smppLogger,
      (settings) =>
        createDeliverSmHandler(
          { pool: getPool(), sink: receipts, logger: smppLogger },
          { orgId: settings.orgId, id: settings.id },
        ),
      config.WORKER_KEEP_BINDS,
    ),
    nextReference: createReferenceCounter(),
  };
  const workers = Object.values(QUEUES).map((queue) => {
    const worker = new Worker(queue, (job, token) => processJob(job, token, logger, services), {
      connection: createRedis(`worker-${queue}`),
      prefix: BULL_PREFIX,
      concurrency: CONCURRENCY[queue],
      // A job whose worker died is handed to another after this long.
      lockDuration: config.WORKER_LOCK_MS,
      stalledInterval: config.WORKER_LOCK_MS,
    });
    worker.on("failed", (job, error) =>
      logger.warn({ queue, job: job?.name, jobId: job?.id, err: error }, "job failed"),
    );
    worker.on("error", (error) => logger.error({ queue, err: error }, "queue error"));
    return worker;
  });
  await Promise.all(workers.map((worker) => worker.waitUntilReady()));
  // Housekeeping schedules; upserting is idempotent, so every worker may do it.
  await getQueue(QUEUES.maintenance).upsertJobScheduler(
    "expire-stale-uploads",
    { every: 10 * 60_000 },
    { name: "expire-stale-uploads", data: {} },
  );
  await getQueue(QUEUES.maintenance).upsertJobScheduler(
    "expire-idempotency-keys",
    { every: 10 * 60_000 },
    { name: "expire-idempotency-keys", data: {} },
  );
  // Receipts that overtook their submit_sm_resp are matched as the responses are stored;
  // this catches the rest (a response stored by another worker, a race).
  await getQueue(QUEUES.maintenance).upsertJobScheduler(
    "match-receipts",
    { every: 5_000 },
    { name: "match-receipts", data: {} },
  );
  // Webhook deliveries are woken when recorded; this sweep sends retries as they fall due
  // and anything a lost wake-up left behind.
  await getQueue(QUEUES.webhooks).upsertJobScheduler(
    "deliver-webhook",
    { every: 5_000 },
    { name: "deliver-webhook", data: {}, opts: { removeOnComplete: true, removeOnFail: true, attempts: 1 } },
  );
  await getQueue(QUEUES.maintenance).upsertJobScheduler(
    "purge-webhook-deliveries",
    { every: 60 * 60_000 },
    { name: "purge-webhook-deliveries", data: {} },
  );
  if (config.WORKER_KEEP_BINDS) {
    await services.connectors
      .bindEnabled()
      .catch((error: unknown) => smppLogger.warn({ err: error }, "could not list connectors to bind"));
  }
  const presence = startPresence(redis, { workerId, queues: Object.values(QUEUES) });
  await presence.ready;

  return {
    workerId,
    async stop() {
      // Let running jobs finish; past the grace period, close without
      // waiting: their locks lapse and BullMQ hands them to another worker,
      // and every handler is safe to run again.
      const graceful = Promise.all(workers.map((worker) => worker.close()));
      const timedOut = await Promise.race([
        graceful.then(() => false),
        new Promise<boolean>((resolve) =>
          setTimeout(() => resolve(true), config.WORKER_SHUTDOWN_GRACE_MS).unref(),
        ),
      ]);
      if (timedOut) {
        logger.warn(
          { graceMs: config.WORKER_SHUTDOWN_GRACE_MS },
          "jobs still running after the grace period; releasing them",
        );
        await Promise.all(workers.map((worker) => worker.close(true)));
      }
      // Binds close after the jobs that use them: in-flight submits get their answers first.
      await services.connectors.close();
      await receipts.close();
      await presence.stop();
      await closeQueues();
      await redis.quit();
      await db.$disconnect();
    },
  };
}
