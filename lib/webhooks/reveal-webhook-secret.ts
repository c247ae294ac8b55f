import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { parseOptions } from "@/lib/parse-options";
import { ZWebhookEndpointAction, type WebhookEndpointActionInput } from "./webhook-endpoint.schema";
import { assertCanManageWebhooks } from "./webhook-role";
import { openWebhookSecret } from "./webhook-secret-store";

/** The endpoint's signing secret, on an explicit request of an owner or admin. */
export async function revealWebhookSecret(options: WebhookEndpointActionInput): Promise<string> {
  assertCanManageWebhooks(options.role);
  const { orgId, endpointId } = parseOptions(ZWebhookEndpointAction, options);
  const endpoint = await db.webhookEndpoint.findFirst({
    where: { id: endpointId, orgId },
    select: { secret: true },
  });
  if (!endpoint) throw new NotFoundError("That webhook endpoint");
  return openWebhookSecret(endpoint.secret, { orgId, endpointId });
}
