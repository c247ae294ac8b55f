import { db } from "@/lib/db";
import { ConflictError, NotFoundError } from "@/lib/errors";
import { parseOptions } from "@/lib/parse-options";
import { wakeWebhookDispatcher } from "./wake-webhook-dispatcher";
import { ZReplayWebhookDelivery, type ReplayWebhookDeliveryInput } from "./webhook-endpoint.schema";
import { assertCanManageWebhooks } from "./webhook-role";

/**
 * Sends a delivery (of any status) again now: the same webhook-id and body,
 * a new timestamp and signature. If that attempt fails it is retried on the
 * schedule's remaining steps.
 */
export async function replayWebhookDelivery(options: ReplayWebhookDeliveryInput): Promise<void> {
  assertCanManageWebhooks(options.role);
  const { orgId, deliveryId } = parseOptions(ZReplayWebhookDelivery, options);
  const delivery = await db.webhookDelivery.findFirst({
    where: { id: deliveryId, orgId },
    select: { endpoint: { select: { enabled: true } } },
  });
  if (!delivery) throw new NotFoundError("That webhook delivery");
  if (!delivery.endpoint.enabled)
    throw new ConflictError("Enable the endpoint before replaying its deliveries.");
  await db.webhookDelivery.updateMany({
    where: { id: deliveryId, orgId },
    data: { status: "pending", nextAttemptAt: new Date(), completedAt: null },
  });
  await wakeWebhookDispatcher();
}
