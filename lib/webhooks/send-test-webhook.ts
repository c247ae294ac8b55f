import { db } from "@/lib/db";
import { ConflictError, NotFoundError } from "@/lib/errors";
import { parseOptions } from "@/lib/parse-options";
import { wakeWebhookDispatcher } from "./wake-webhook-dispatcher";
import {
  TEST_EVENT_TYPE,
  ZWebhookEndpointAction,
  type WebhookEndpointActionInput,
} from "./webhook-endpoint.schema";
import { assertCanManageWebhooks } from "./webhook-role";

/** Records a `webhook.test` delivery to one endpoint and sends it now; it shows in the log like any other. */
export async function sendTestWebhook(options: WebhookEndpointActionInput): Promise<{ deliveryId: string }> {
  assertCanManageWebhooks(options.role);
  const { orgId, endpointId } = parseOptions(ZWebhookEndpointAction, options);
  const endpoint = await db.webhookEndpoint.findFirst({
    where: { id: endpointId, orgId },
    select: { enabled: true },
  });
  if (!endpoint) throw new NotFoundError("That webhook endpoint");
  if (!endpoint.enabled) throw new ConflictError("Enable the endpoint before sending it a test event.");
  const now = new Date();
  const delivery = await db.webhookDelivery.create({
    data: {
      orgId,
      endpointId,
      eventType: TEST_EVENT_TYPE,
      payload: {
        type: TEST_EVENT_TYPE,
        timestamp: now.toISOString(),
        data: { message: "A test event from Relay." },
      },
      nextAttemptAt: now,
    },
    select: { id: true },
  });
  await wakeWebhookDispatcher();
  return { deliveryId: delivery.id };
}
