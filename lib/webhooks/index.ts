// Webhooks (Standard Webhooks): endpoints, events recorded with message changes, signed delivery with retries.
export { createWebhookEndpoint } from "./create-webhook-endpoint";
export { updateWebhookEndpoint } from "./update-webhook-endpoint";
export { deleteWebhookEndpoint } from "./delete-webhook-endpoint";
export { setWebhookEndpointEnabled } from "./set-webhook-endpoint-enabled";
export { getWebhookEndpoint } from "./get-webhook-endpoint";
export {
  listWebhookEndpoints,
  RECENT_DELIVERIES,
  type WebhookEndpointSummary,
} from "./list-webhook-endpoints";
export { revealWebhookSecret } from "./reveal-webhook-secret";
export { rotateWebhookSecret } from "./rotate-webhook-secret";
export { sendTestWebhook } from "./send-test-webhook";
export { listWebhookDeliveries, type WebhookDeliveryRow } from "./list-webhook-deliveries";
export { getWebhookDelivery, type WebhookDeliveryDetail } from "./get-webhook-delivery";
export { replayWebhookDelivery } from "./replay-webhook-delivery";
export { recordMessageEvents } from "./record-message-events";
export { purgeWebhookDeliveries } from "./purge-webhook-deliveries";
export { wakeWebhookDispatcher } from "./wake-webhook-dispatcher";
export { dispatchWebhookDeliveries, webhookId, type DispatchOptions } from "./dispatch-webhook-deliveries";
export { canManageWebhooks, assertCanManageWebhooks } from "./webhook-role";
export {
  signWebhook,
  verifyWebhook,
  generateWebhookSecret,
  WebhookVerificationError,
} from "./webhook-signature";
export { classifyAddress, type AddressClass } from "./classify-address";
export { PrivateAddressError, type AddressPolicy, type ResolveHost } from "./address-guard";
export { WebhookSecretError } from "./webhook-secret-store";
export type { WebhookEndpointView } from "./webhook-endpoint-view";
export {
  WEBHOOK_EVENT_TYPES,
  TEST_EVENT_TYPE,
  MAX_WEBHOOK_URL_LENGTH,
  ZWebhookEndpointDraft,
  checkWebhookUrl,
  type WebhookEventType,
  type WebhookEndpointDraft,
  type WebhookEndpointField,
} from "./webhook-endpoint.schema";
