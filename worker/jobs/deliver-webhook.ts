import { dispatchWebhookDeliveries } from "@/lib/webhooks";
import type { JobHandler } from "./registry";

/** Sends the due webhook deliveries; several of these may run at once, on any worker (they claim with SKIP LOCKED). */
export const deliverWebhookJob: JobHandler<"deliver-webhook"> = async (_payload, { logger }) =>
  dispatchWebhookDeliveries({ logger });
