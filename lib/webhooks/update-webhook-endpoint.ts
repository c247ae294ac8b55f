import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { parseOptions } from "@/lib/parse-options";
import type { AddressPolicy } from "./address-guard";
import { checkEndpointAddress, configuredAddressPolicy } from "./check-endpoint-address";
import { ZUpdateWebhookEndpoint, type UpdateWebhookEndpointInput } from "./webhook-endpoint.schema";
import { WEBHOOK_ENDPOINT_COLUMNS, type WebhookEndpointView } from "./webhook-endpoint-view";
import { assertCanManageWebhooks } from "./webhook-role";

/** Changes an endpoint's URL, description and events (switching it on and off is setWebhookEndpointEnabled). */
export async function updateWebhookEndpoint(
  options: UpdateWebhookEndpointInput & { addressPolicy?: AddressPolicy },
): Promise<WebhookEndpointView> {
  assertCanManageWebhooks(options.role);
  const { orgId, endpointId, role: _role, ...fields } = parseOptions(ZUpdateWebhookEndpoint, options);
  await checkEndpointAddress(fields.url, options.addressPolicy ?? configuredAddressPolicy());
  const updated = await db.webhookEndpoint.updateManyAndReturn({
    where: { id: endpointId, orgId },
    data: fields,
    select: WEBHOOK_ENDPOINT_COLUMNS,
  });
  if (!updated[0]) throw new NotFoundError("That webhook endpoint");
  return updated[0];
}
