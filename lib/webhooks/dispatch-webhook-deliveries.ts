import { getPool } from "@/lib/db";
import { config } from "@/lib/config";
import type { Logger } from "@/lib/logger";
import type { AddressPolicy } from "./address-guard";
import { postWebhook, type PostResult } from "./post-webhook";
import { nextAttemptDelayMs } from "./retry-schedule";
import { openWebhookSecret } from "./webhook-secret-store";
import { signWebhook } from "./webhook-signature";

export type DispatchOptions = {
  /** Deliveries claimed per pass. */
  batchSize?: number;
  /** POSTs in flight at once. */
  concurrency?: number;
  /** Stop claiming more after this long (the job is enqueued again by the next wake or sweep). */
  maxRunMs?: number;
  policy?: AddressPolicy;
  retrySchedule?: readonly number[];
  timeoutMs?: number;
  logger?: Logger;
};

type ClaimedDelivery = {
  id: string;
  orgId: string;
  endpointId: string;
  url: string;
  secret: string;
  body: string;
  attempts: number;
};

type Outcome = { delivery: ClaimedDelivery; result: PostResult };

/** The webhook-id header of a delivery: the same on every attempt and on a replay. */
export function webhookId(deliveryId: string): string {
  return `msg_${deliveryId}`;
}

const GONE_REASON = "The endpoint answered 410 Gone.";
const DISABLED_REASON = "The endpoint is disabled.";

/**
 * Sends due deliveries until none are left (or maxRunMs passed): claims a
 * batch (FOR UPDATE SKIP LOCKED, so any number of workers share the work;
 * a claimed delivery's next attempt moves past the POST's timeout, so one
 * whose worker died is taken again later), POSTs each signed with a fresh
 * timestamp, and stores every attempt with its answer. 2xx succeeds; other
 * answers and errors are tried again by the retry schedule, then fail; 410
 * disables the endpoint and stops its pending deliveries.
 */
export async function dispatchWebhookDeliveries(
  options: DispatchOptions = {},
): Promise<{ attempted: number }> {
  const batchSize = options.batchSize ?? 50;
  const deadline = Date.now() + (options.maxRunMs ?? 30_000);
  let attempted = 0;
  for (;;) {
    const claimed = await claimDueDeliveries(batchSize, options.timeoutMs ?? config.WEBHOOK_TIMEOUT_MS);
    const sendable = claimed.filter((delivery) => delivery.enabled);
    if (sendable.length > 0) {
      const outcomes = await postAll(sendable, options);
      await storeOutcomes(outcomes, options.retrySchedule ?? config.WEBHOOK_RETRY_SCHEDULE);
      attempted += sendable.length;
    }
    if (claimed.length < batchSize || Date.now() > deadline) break;
  }
  return { attempted };
}

async function claimDueDeliveries(
  limit: number,
  timeoutMs: number,
): Promise<Array<ClaimedDelivery & { enabled: boolean }>> {
  // A delivery of an endpoint disabled meanwhile (recorded while it was
  // being disabled) is ended here rather than left due for ever.
  const { rows } = await getPool().query<ClaimedDelivery & { enabled: boolean }>(
    `UPDATE webhook_deliveries d
     SET "nextAttemptAt" = CASE WHEN e.enabled THEN now() + make_interval(secs => $2) END,
         status = CASE WHEN e.enabled THEN 'pending' ELSE 'failed' END::"WebhookDeliveryStatus",
         "completedAt" = CASE WHEN e.enabled THEN NULL ELSE now() END,
         "lastError" = CASE WHEN e.enabled THEN d."lastError" ELSE $3 END
     FROM webhook_endpoints e
     WHERE d.id IN (
             SELECT id FROM webhook_deliveries
             WHERE status = 'pending' AND "nextAttemptAt" <= now()
             ORDER BY "nextAttemptAt" LIMIT $1 FOR UPDATE SKIP LOCKED
           )
       AND e.id = d."endpointId" AND e."orgId" = d."orgId"
     RETURNING d.id, d."orgId", d."endpointId", e.url, e.secret, d.payload::text AS body, d.attempts, e.enabled`,
    // Past the POST's timeout, with room for storing its outcome.
    [limit, Math.ceil(timeoutMs / 1000) + 60, DISABLED_REASON],
  );
  return rows;
}

async function postAll(deliveries: ClaimedDelivery[], options: DispatchOptions): Promise<Outcome[]> {
  const policy = options.policy ?? { allowPrivateNetworks: config.WEBHOOK_ALLOW_PRIVATE_NETWORKS };
  const timeoutMs = options.timeoutMs ?? config.WEBHOOK_TIMEOUT_MS;
  const outcomes: Outcome[] = [];
  let next = 0;
  const lane = async () => {
    while (next < deliveries.length) {
      const delivery = deliveries[next++]!;
      outcomes.push(await postOne(delivery, policy, timeoutMs, options.logger));
    }
  };
  await Promise.all(Array.from({ length: Math.min(options.concurrency ?? 16, deliveries.length) }, lane));
  return outcomes;
}

async function postOne(
  delivery: ClaimedDelivery,
  policy: AddressPolicy,
  timeoutMs: number,
  logger: Logger | undefined,
): Promise<Outcome> {
  let secret: string;
  try {
    secret = openWebhookSecret(delivery.secret, delivery);
  } catch (error) {
    logger?.error({ err: error, endpointId: delivery.endpointId }, "webhook secret unreadable");
    return {
      delivery,
      result: { statusCode: null, error: (error as Error).message, durationMs: 0, responseExcerpt: null },
    };
  }
  const id = webhookId(delivery.id);
  const timestamp = Math.floor(Date.now() / 1000);
  const result = await postWebhook({
    url: delivery.url,
    body: delivery.body,
    timeoutMs,
    policy,
    headers: {
      "webhook-id": id,
      "webhook-timestamp": String(timestamp),
      "webhook-signature": signWebhook(secret, id, timestamp, delivery.body),
    },
  });
  return { delivery, result };
}

/** One statement per batch: the attempts, the deliveries' new state, and 410s disabling their endpoints. */
async function storeOutcomes(outcomes: Outcome[], schedule: readonly number[]): Promise<void> {
  const rows = outcomes.map(({ delivery, result }) => {
    const attempts = delivery.attempts + 1;
    const succeeded = result.statusCode !== null && result.statusCode >= 200 && result.statusCode < 300;
    const gone = result.statusCode === 410;
    const delayMs = succeeded || gone ? null : nextAttemptDelayMs(attempts, schedule);
    return {
      id: delivery.id,
      status: succeeded ? "succeeded" : gone || delayMs === null ? "failed" : "pending",
      nextAttemptAt: delayMs === null ? null : new Date(Date.now() + delayMs),
      gone,
    };
  });
  await getPool().query(
    `WITH o AS (
       SELECT * FROM unnest($1::uuid[], $2::text[], $3::timestamptz[], $4::int[], $5::text[], $6::int[], $7::text[], $8::bool[])
         AS o(id, status, next_attempt_at, status_code, error, duration_ms, excerpt, gone)
     ),
     attempts AS (
       -- A delivery whose endpoint was deleted meanwhile is gone: nothing to log it on.
       INSERT INTO webhook_attempts ("deliveryId", "statusCode", error, "durationMs", "responseExcerpt")
       SELECT o.id, o.status_code, o.error, o.duration_ms, o.excerpt
       FROM o JOIN webhook_deliveries d ON d.id = o.id
     ),
     stored AS (
       UPDATE webhook_deliveries d SET
         status = o.status::"WebhookDeliveryStatus",
         attempts = d.attempts + 1,
         "nextAttemptAt" = o.next_attempt_at,
         "lastAttemptAt" = now(),
         "lastStatusCode" = o.status_code,
         "lastError" = o.error,
         "completedAt" = CASE WHEN o.status = 'pending' THEN NULL ELSE now() END
       FROM o WHERE d.id = o.id
       RETURNING d."endpointId", d."orgId", o.gone
     ),
     disabled AS (
       UPDATE webhook_endpoints e SET enabled = false, "disabledReason" = $9, "updatedAt" = now()
       FROM (SELECT DISTINCT "endpointId", "orgId" FROM stored WHERE gone) g
       WHERE e.id = g."endpointId" AND e."orgId" = g."orgId"
       RETURNING e.id
     )
     UPDATE webhook_deliveries d SET status = 'failed', "nextAttemptAt" = NULL, "completedAt" = now(), "lastError" = $9
     FROM disabled WHERE d."endpointId" = disabled.id AND d.status = 'pending' AND NOT (d.id = ANY($1::uuid[]))`,
    [
      rows.map((row) => row.id),
      rows.map((row) => row.status),
      rows.map((row) => row.nextAttemptAt),
      outcomes.map(({ result }) => result.statusCode),
      outcomes.map(({ result }) => result.error),
      outcomes.map(({ result }) => result.durationMs),
      outcomes.map(({ result }) => result.responseExcerpt),
      rows.map((row) => row.gone),
      GONE_REASON,
    ],
  );
}
