import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { parseOptions } from "@/lib/parse-options";
import { stopPendingDeliveries } from "./stop-pending-deliveries";
import { ZWebhookEndpointAction, type WebhookEndpointActionInput } from "./webhook-endpoint.schema";
import { WEBHOOK_ENDPOINT_COLUMNS, type WebhookEndpointView } from "./webhook-endpoint-view";
import { assertCanManageWebhooks } from "./webhook-role";

const DISABLED_BY_USER = "Disabled by a user.";

/**
 * Switches an endpoint on (clearing why it was off, e.g. a 410) or off
 * (its pending deliveries end as failed; they stay in the log, replayable).
 */
export async function setWebhookEndpointEnabled(
  options: WebhookEndpointActionInput & { enabled: boolean },
): Promise<WebhookEndpointView> {
  assertCanManageWebhooks(options.role);
  const { orgId, endpointId } = parseOptions(ZWebhookEndpointAction, options);
  return db.$transaction(async (tx) => {
    const [endpoint] = await tx.webhookEndpoint.updateManyAndReturn({
      where: { id: endpointId, orgId },
      data: { enabled: options.enabled, disabledReason: options.enabled ? null : DISABLED_BY_USER },
      select: WEBHOOK_ENDPOINT_COLUMNS,
    });
    if (!endpoint) throw new NotFoundError("That webhook endpoint");
    if (!options.enabled) {
      await stopPendingDeliveries(tx, { orgId, endpointIds: [endpointId], reason: DISABLED_BY_USER });
    }
    return endpoint;
  });
}
