import { z } from "zod";

/**
 * Every background job: the queue it runs on and its payload schema. Jobs
 * are enqueued only through lib/queue/enqueue.ts, which validates against
 * this table, and the worker validates again before running a handler.
 *
 * Queues are split by what must not wait behind what: a million-row import
 * or a campaign's send batches must not delay a heartbeat or a webhook.
 */
export const QUEUES = {
  /** CSV imports (flow 1). */
  imports: "contact-imports",
  /** Campaign start: the audience, a slice at a time, each slice's send batches as it commits (flow 2). */
  campaigns: "campaigns",
  /** Batches of messages to render, throttle and submit over SMPP (flow 3). */
  send: "send",
  /**
   * Single messages of priority ≥ 1 (API / one-time codes, inbox replies,
   * keyword confirmations): their own consumers, so they never wait for a
   * worker busy with campaign batches.
   */
  sendPriority: "send-priority",
  /** Signed webhook deliveries to customers' endpoints. */
  webhooks: "webhooks",
  /** Housekeeping: expiring idempotency keys, retrying unmatched receipts. */
  maintenance: "maintenance",
} as const;

export type QueueName = (typeof QUEUES)[keyof typeof QUEUES];

const ZUuid = z.uuid();

export const JOBS = {
  "expire-stale-uploads": {
    queue: QUEUES.maintenance,
    payload: z.object({}).strict(),
  },
  /** Webhook deliveries finished longer ago than WEBHOOK_LOG_RETENTION_DAYS are forgotten. */
  "purge-webhook-deliveries": {
    queue: QUEUES.maintenance,
    payload: z.object({}).strict(),
  },
  /** REST API Idempotency-Keys past their 24 h are deleted. */
  "expire-idempotency-keys": {
    queue: QUEUES.maintenance,
    payload: z.object({}).strict(),
  },
  "import-contacts": {
    queue: QUEUES.imports,
    payload: z.object({ orgId: ZUuid, importId: ZUuid }).strict(),
  },
  "start-campaign": {
    queue: QUEUES.campaigns,
    payload: z.object({ orgId: ZUuid, campaignId: ZUuid }).strict(),
  },
  "send-batch": {
    queue: QUEUES.send,
    payload: z
      .object({ orgId: ZUuid, campaignId: ZUuid, firstMessageId: z.string(), lastMessageId: z.string() })
      .strict(),
  },
  /** One outbound message outside a campaign: an inbox reply, a keyword confirmation, an API message. */
  "send-message": {
    queue: QUEUES.send,
    /** Priority traffic takes its own lane (the message's `priority`; 0 is bulk). */
    queueFor: (payload: { priority: number }): QueueName =>
      payload.priority >= 1 ? QUEUES.sendPriority : QUEUES.send,
    payload: z
      .object({
        orgId: ZUuid,
        messageId: z.string().regex(/^\d+$/),
        // Jobs enqueued before the priority lane existed were all replies and confirmations.
        priority: z.number().int().min(0).max(9).default(1),
      })
      .strict(),
  },
  /** Receipts that matched no message yet (their submit_sm_resp may be stored later): try again. */
  "match-receipts": {
    queue: QUEUES.maintenance,
    payload: z.object({}).strict(),
  },
  /**
   * Sends every due webhook delivery (lib/webhooks): enqueued when deliveries
   * are recorded (deduplicated) and every few seconds as a sweep.
   */
  "deliver-webhook": {
    queue: QUEUES.webhooks,
    payload: z.object({}).strict(),
  },
} as const;

export type JobName = keyof typeof JOBS;
export type JobPayload<N extends JobName> = z.infer<(typeof JOBS)[N]["payload"]>;

/** The queue a job goes to: its definition's, or the one its payload picks (the send-message lanes). */
export function queueForJob<N extends JobName>(name: N, payload: JobPayload<N>): QueueName {
  const definition: { queue: QueueName; queueFor?: (payload: never) => QueueName } = JOBS[name];
  return definition.queueFor ? definition.queueFor(payload as never) : definition.queue;
}

export function parseJobPayload<N extends JobName>(name: N, payload: unknown): JobPayload<N> {
  return JOBS[name].payload.parse(payload) as JobPayload<N>;
}

export function isJobName(name: string): name is JobName {
  return Object.hasOwn(JOBS, name);
}
