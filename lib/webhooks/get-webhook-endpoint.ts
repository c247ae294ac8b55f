import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { parseOptions } from "@/lib/parse-options";
import { ZGetWebhookEndpoint, type GetWebhookEndpointInput } from "./webhook-endpoint.schema";
import { WEBHOOK_ENDPOINT_COLUMNS, type WebhookEndpointView } from "./webhook-endpoint-view";

export async function getWebhookEndpoint(options: GetWebhookEndpointInput): Promise<WebhookEndpointView> {
  const { orgId, endpointId } = parseOptions(ZGetWebhookEndpoint, options);
  const endpoint = await db.webhookEndpoint.findFirst({
    where: { id: endpointId, orgId },
    select: WEBHOOK_ENDPOINT_COLUMNS,
  });
  if (!endpoint) throw new NotFoundError("That webhook endpoint");
  return endpoint;
}
