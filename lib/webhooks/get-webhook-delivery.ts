import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { parseOptions } from "@/lib/parse-options";
import { webhookId } from "./dispatch-webhook-deliveries";
import { ZWebhookDeliveryRef, type WebhookDeliveryRefInput } from "./webhook-endpoint.schema";

/** The most attempts the detail view lists; a delivery makes 8 on the default schedule, plus replays. */
const MAX_ATTEMPTS_SHOWN = 100;

/** One delivery with its payload and attempts (newest first), for the log's detail view. */
export async function getWebhookDelivery(options: WebhookDeliveryRefInput) {
  const { orgId, deliveryId } = parseOptions(ZWebhookDeliveryRef, options);
  const delivery = await db.webhookDelivery.findFirst({
    where: { id: deliveryId, orgId },
    select: {
      id: true,
      endpointId: true,
      eventType: true,
      payload: true,
      status: true,
      attempts: true,
      nextAttemptAt: true,
      lastStatusCode: true,
      lastError: true,
      createdAt: true,
      completedAt: true,
      attemptLog: {
        orderBy: { id: "desc" },
        take: MAX_ATTEMPTS_SHOWN,
        select: {
          id: true,
          attemptedAt: true,
          statusCode: true,
          error: true,
          durationMs: true,
          responseExcerpt: true,
        },
      },
    },
  });
  if (!delivery) throw new NotFoundError("That webhook delivery");
  return {
    ...delivery,
    webhookId: webhookId(delivery.id),
    // Attempt ids are bigint, which a server component cannot hand to the browser.
    attemptLog: delivery.attemptLog.map((attempt) => ({ ...attempt, id: attempt.id.toString() })),
  };
}

export type WebhookDeliveryDetail = Awaited<ReturnType<typeof getWebhookDelivery>>;
