import { getPool } from "@/lib/db";
import { parseOptions } from "@/lib/parse-options";
import { ZListWebhookEndpoints, type ListWebhookEndpointsInput } from "./webhook-endpoint.schema";
import type { WebhookEndpointView } from "./webhook-endpoint-view";

/** How many of an endpoint's latest finished deliveries its success rate counts. */
export const RECENT_DELIVERIES = 50;

export type WebhookEndpointSummary = WebhookEndpointView & {
  /** Of the latest finished deliveries (up to RECENT_DELIVERIES): how many succeeded, how many counted. */
  recentSucceeded: number;
  recentFinished: number;
  pending: number;
};

/**
 * The organization's endpoints, oldest first (an organization has a few),
 * each with the outcome of its latest finished deliveries: one index range
 * of at most RECENT_DELIVERIES rows per endpoint, never a count of the log.
 */
export async function listWebhookEndpoints(
  options: ListWebhookEndpointsInput,
): Promise<WebhookEndpointSummary[]> {
  const { orgId } = parseOptions(ZListWebhookEndpoints, options);
  const { rows } = await getPool().query<WebhookEndpointSummary>(
    `SELECT e.id, e.url, e.description, e."eventTypes", e."includeCampaignMessages", e.enabled,
            e."disabledReason", e."createdAt", e."updatedAt",
            coalesce(recent.succeeded, 0)::int AS "recentSucceeded",
            coalesce(recent.finished, 0)::int AS "recentFinished",
            coalesce(recent.pending, 0)::int AS "pending"
     FROM webhook_endpoints e
     LEFT JOIN LATERAL (
       SELECT count(*) FILTER (WHERE d.status = 'succeeded') AS succeeded,
              count(*) FILTER (WHERE d.status <> 'pending') AS finished,
              count(*) FILTER (WHERE d.status = 'pending') AS pending
       FROM (SELECT status FROM webhook_deliveries
             WHERE "endpointId" = e.id ORDER BY "createdAt" DESC, id DESC LIMIT $2) d
     ) recent ON true
     WHERE e."orgId" = $1
     ORDER BY e."createdAt", e.id`,
    [orgId, RECENT_DELIVERIES],
  );
  return rows;
}
