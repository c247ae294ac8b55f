import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { parseOptions } from "@/lib/parse-options";
import { ZWebhookEndpointAction, type WebhookEndpointActionInput } from "./webhook-endpoint.schema";
import { assertCanManageWebhooks } from "./webhook-role";
import { sealWebhookSecret } from "./webhook-secret-store";
import { generateWebhookSecret } from "./webhook-signature";

/** Replaces the signing secret at once (the next attempt is signed with the new one) and answers it. */
export async function rotateWebhookSecret(options: WebhookEndpointActionInput): Promise<string> {
  assertCanManageWebhooks(options.role);
  const { orgId, endpointId } = parseOptions(ZWebhookEndpointAction, options);
  const secret = generateWebhookSecret();
  const { count } = await db.webhookEndpoint.updateMany({
    where: { id: endpointId, orgId },
    data: { secret: sealWebhookSecret(secret, { orgId, endpointId }) },
  });
  if (count === 0) throw new NotFoundError("That webhook endpoint");
  return secret;
}
