import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { parseOptions } from "@/lib/parse-options";
import { ZWebhookEndpointAction, type WebhookEndpointActionInput } from "./webhook-endpoint.schema";
import { assertCanManageWebhooks } from "./webhook-role";

/** Deletes an endpoint with its delivery log; its pending deliveries are never sent. */
export async function deleteWebhookEndpoint(options: WebhookEndpointActionInput): Promise<void> {
  assertCanManageWebhooks(options.role);
  const { orgId, endpointId } = parseOptions(ZWebhookEndpointAction, options);
  const { count } = await db.webhookEndpoint.deleteMany({ where: { id: endpointId, orgId } });
  if (count === 0) throw new NotFoundError("That webhook endpoint");
}
