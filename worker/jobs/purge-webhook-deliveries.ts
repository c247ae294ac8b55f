import { purgeWebhookDeliveries } from "@/lib/webhooks";
import type { JobHandler } from "./registry";

/** Forgets webhook deliveries finished longer ago than WEBHOOK_LOG_RETENTION_DAYS. */
export const purgeWebhookDeliveriesJob: JobHandler<"purge-webhook-deliveries"> = async () => ({
  purged: await purgeWebhookDeliveries(),
});
