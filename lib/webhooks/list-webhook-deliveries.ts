import { db, type WebhookDeliveryStatus } from "@/lib/db";
import { NotFoundError, ValidationError } from "@/lib/errors";
import { parseOptions } from "@/lib/parse-options";
import { decodeTimeIdCursor, encodeTimeIdCursor } from "@/lib/time-id-cursor";
import { ZListWebhookDeliveries, type ListWebhookDeliveriesInput } from "./webhook-endpoint.schema";

export type WebhookDeliveryRow = {
  id: string;
  eventType: string;
  status: WebhookDeliveryStatus;
  attempts: number;
  lastStatusCode: number | null;
  lastError: string | null;
  nextAttemptAt: Date | null;
  createdAt: Date;
};

/** One endpoint's delivery log, newest first, by (createdAt, id) keyset. */
export async function listWebhookDeliveries(
  options: ListWebhookDeliveriesInput,
): Promise<{ deliveries: WebhookDeliveryRow[]; nextCursor: string | null }> {
  const { orgId, endpointId, after, limit } = parseOptions(ZListWebhookDeliveries, options);
  const cursor = after ? decodeTimeIdCursor(after) : null;
  if (after && !cursor)
    throw new ValidationError("That page link is out of date; start from the first page.", "after");
  const endpoint = await db.webhookEndpoint.findFirst({
    where: { id: endpointId, orgId },
    select: { id: true },
  });
  if (!endpoint) throw new NotFoundError("That webhook endpoint");
  const rows = await db.webhookDelivery.findMany({
    where: {
      orgId,
      endpointId,
      ...(cursor && {
        OR: [{ createdAt: { lt: cursor.at } }, { createdAt: cursor.at, id: { lt: cursor.id } }],
      }),
    },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: limit + 1,
    select: {
      id: true,
      eventType: true,
      status: true,
      attempts: true,
      lastStatusCode: true,
      lastError: true,
      nextAttemptAt: true,
      createdAt: true,
    },
  });
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return {
    deliveries: page,
    nextCursor: rows.length > limit && last ? encodeTimeIdCursor({ at: last.createdAt, id: last.id }) : null,
  };
}
