import type { WebhookEndpointDraft, WebhookEndpointField } from "@/lib/webhooks/client";

/** What a webhook server action answers: the form keeps everything typed and shows errors by field. */
export type WebhookActionResult<T> =
  | { ok: true; value: T }
  | {
      ok: false;
      /** A message for the whole form or row, when the problem is not one field's. */
      message: string | null;
      fieldErrors: Partial<Record<WebhookEndpointField, string>>;
    };

/** A saved endpoint; `secret` only on creation, the one time it is shown unasked. */
export type SavedWebhookEndpoint = { id: string; secret: string | null };

export type SaveWebhookEndpointAction = (
  endpointId: string | null,
  draft: WebhookEndpointDraft,
) => Promise<WebhookActionResult<SavedWebhookEndpoint>>;

export type WebhookEndpointAction<T> = (endpointId: string) => Promise<WebhookActionResult<T>>;

export type WebhookEndpointActions = {
  sendTest: WebhookEndpointAction<{ deliveryId: string }>;
  reveal: WebhookEndpointAction<string>;
  rotate: WebhookEndpointAction<string>;
  setEnabled: (endpointId: string, enabled: boolean) => Promise<WebhookActionResult<null>>;
  delete: WebhookEndpointAction<null>;
};

export type ReplayWebhookDeliveryAction = (deliveryId: string) => Promise<WebhookActionResult<null>>;
