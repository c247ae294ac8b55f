import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { parseOptions } from "@/lib/parse-options";
import type { AddressPolicy } from "./address-guard";
import { checkEndpointAddress, configuredAddressPolicy } from "./check-endpoint-address";
import { stopPendingDeliveries } from "./stop-pending-deliveries";
import { ZUpdateWebhookEndpoint, type UpdateWebhookEndpointInput } from "./webhook-endpoint.schema";
import { WEBHOOK_ENDPOINT_COLUMNS, type WebhookEndpointView } from "./webhook-endpoint-view";
import { assertCanManageWebhooks } from "./webhook-role";

/**
 * Changes an endpoint's URL, events and switches. Enabling clears the
 * reason it was disabled; disabling stops its pending deliveries (they are
 * marked failed and stay in the log, replayable).
 */
export async function updateWebhookEndpoint(
  options: UpdateWebhookEndpointInput & { addressPolicy?: AddressPolicy },
): Promise<WebhookEndpointView> {
  assertCanManageWebhooks(options.role);
  const { orgId, endpointId, role: _role, ...fields } = parseOptions(ZUpdateWebhookEndpoint, options);
  await checkEndpointAddress(fields.url, options.addressPolicy ?? configuredAddressPolicy());
  return db.$transaction(async (tx) => {
    const updated = await tx.webhookEndpoint.updateManyAndReturn({
      where: { id: endpointId, orgId },
      data: fields.enabled
        ? { ...fields, disabledReason: null }
        : { ...fields, disabledReason: "Disabled by a user." },
      select: WEBHOOK_ENDPOINT_COLUMNS,
    });
    const endpoint = updated[0];
    if (!endpoint) throw new NotFoundError("That webhook endpoint");
    if (!endpoint.enabled)
      await stopPendingDeliveries(tx, { orgId, endpointIds: [endpointId], reason: "Disabled by a user." });
    return endpoint;
  });
}
