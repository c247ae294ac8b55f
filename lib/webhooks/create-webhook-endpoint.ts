import { randomUUID } from "node:crypto";
import { db } from "@/lib/db";
import { parseOptions } from "@/lib/parse-options";
import type { AddressPolicy } from "./address-guard";
import { checkEndpointAddress, configuredAddressPolicy } from "./check-endpoint-address";
import { ZCreateWebhookEndpoint, type CreateWebhookEndpointInput } from "./webhook-endpoint.schema";
import { WEBHOOK_ENDPOINT_COLUMNS, type WebhookEndpointView } from "./webhook-endpoint-view";
import { assertCanManageWebhooks } from "./webhook-role";
import { sealWebhookSecret } from "./webhook-secret-store";
import { generateWebhookSecret } from "./webhook-signature";

/**
 * Registers an endpoint with a new signing secret, answered once here (and
 * later only by an explicit reveal). Owners and admins only; a URL that is
 * not https (or http to localhost), or whose host is a non-public address,
 * is a ValidationError on "url".
 */
export async function createWebhookEndpoint(
  options: CreateWebhookEndpointInput & { addressPolicy?: AddressPolicy },
): Promise<{ endpoint: WebhookEndpointView; secret: string }> {
  assertCanManageWebhooks(options.role);
  const { orgId, role: _role, ...fields } = parseOptions(ZCreateWebhookEndpoint, options);
  await checkEndpointAddress(fields.url, options.addressPolicy ?? configuredAddressPolicy());
  const id = randomUUID();
  const secret = generateWebhookSecret();
  const endpoint = await db.webhookEndpoint.create({
    data: { id, orgId, ...fields, secret: sealWebhookSecret(secret, { orgId, endpointId: id }) },
    select: WEBHOOK_ENDPOINT_COLUMNS,
  });
  return { endpoint, secret };
}
