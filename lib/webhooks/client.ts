/**
 * The browser-safe part of lib/webhooks: rules and types only, no database
 * or node:crypto. The settings forms import this.
 */
export {
  WEBHOOK_EVENT_TYPES,
  MAX_WEBHOOK_URL_LENGTH,
  checkWebhookUrl,
  type WebhookEventType,
  type WebhookEndpointDraft,
  type WebhookEndpointField,
} from "./webhook-endpoint.schema";
