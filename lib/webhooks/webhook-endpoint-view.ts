import type { WebhookEndpointModel } from "@/lib/db";

export const WEBHOOK_ENDPOINT_COLUMNS = {
  id: true,
  url: true,
  description: true,
  eventTypes: true,
  includeCampaignMessages: true,
  enabled: true,
  disabledReason: true,
  createdAt: true,
  updatedAt: true,
} as const;

/** An endpoint as the UI and API show it: never its secret. */
export type WebhookEndpointView = Pick<WebhookEndpointModel, keyof typeof WEBHOOK_ENDPOINT_COLUMNS>;
