import { z } from "zod";

/** The events an endpoint can subscribe to. */
export const WEBHOOK_EVENT_TYPES = ["message.status", "message.received"] as const;
export type WebhookEventType = (typeof WEBHOOK_EVENT_TYPES)[number];
/** Sent only by "Send test event", whatever the endpoint subscribed to. */
export const TEST_EVENT_TYPE = "webhook.test";

export const MAX_WEBHOOK_URL_LENGTH = 2000;
const LOCAL_HOSTS = new Set(["localhost", "127.0.0.1", "[::1]"]);

const URL_MESSAGE =
  "Enter an https:// URL, such as https://example.com/hooks/relay (http:// only for localhost).";

/** An https URL, or http to this machine for local development; no credentials in it. */
export function checkWebhookUrl(text: string): string | null {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return URL_MESSAGE;
  }
  if (url.protocol !== "https:" && !(url.protocol === "http:" && LOCAL_HOSTS.has(url.hostname))) {
    return URL_MESSAGE;
  }
  if (url.username || url.password)
    return "Leave the user name and password out of the URL; requests are signed instead.";
  if (url.hash) return "Leave the #fragment out of the URL.";
  return null;
}

export const ZWebhookEndpointDraft = z.object({
  url: z
    .string({ error: URL_MESSAGE })
    .trim()
    .min(1, URL_MESSAGE)
    .max(MAX_WEBHOOK_URL_LENGTH, `Keep the URL under ${MAX_WEBHOOK_URL_LENGTH} characters.`)
    .superRefine((text, context) => {
      const problem = checkWebhookUrl(text);
      if (problem) context.addIssue({ code: "custom", message: problem });
    }),
  description: z.string().trim().max(200, "Keep the description under 200 characters.").default(""),
  eventTypes: z
    .array(z.enum(WEBHOOK_EVENT_TYPES, { error: "Choose message.status or message.received." }))
    .min(1, "Choose at least one event.")
    .transform((types) => [...new Set(types)].sort()),
  includeCampaignMessages: z.boolean().default(false),
});
export type WebhookEndpointDraft = z.input<typeof ZWebhookEndpointDraft>;
export type WebhookEndpointField = keyof WebhookEndpointDraft;

const ZRole = z.enum(["owner", "admin", "member"]);
const ZOrg = { orgId: z.uuid() };
const ZEndpointRef = { ...ZOrg, endpointId: z.uuid({ error: "That webhook endpoint was not found." }) };

export const ZCreateWebhookEndpoint = ZWebhookEndpointDraft.extend({ ...ZOrg, role: ZRole });
export type CreateWebhookEndpointInput = z.input<typeof ZCreateWebhookEndpoint>;

export const ZUpdateWebhookEndpoint = ZWebhookEndpointDraft.extend({ ...ZEndpointRef, role: ZRole });
export type UpdateWebhookEndpointInput = z.input<typeof ZUpdateWebhookEndpoint>;

export const ZWebhookEndpointAction = z.object({ ...ZEndpointRef, role: ZRole });
export type WebhookEndpointActionInput = z.input<typeof ZWebhookEndpointAction>;

export const ZGetWebhookEndpoint = z.object(ZEndpointRef);
export type GetWebhookEndpointInput = z.input<typeof ZGetWebhookEndpoint>;

export const ZListWebhookEndpoints = z.object(ZOrg);
export type ListWebhookEndpointsInput = z.input<typeof ZListWebhookEndpoints>;

export const ZListWebhookDeliveries = z.object({
  ...ZEndpointRef,
  /** Opaque (createdAt, id) cursor of the last row of the previous page. */
  after: z.string().optional(),
  limit: z.number().int().min(1).max(100).default(25),
});
export type ListWebhookDeliveriesInput = z.input<typeof ZListWebhookDeliveries>;

export const ZWebhookDeliveryRef = z.object({
  ...ZOrg,
  deliveryId: z.uuid({ error: "That webhook delivery was not found." }),
});
export type WebhookDeliveryRefInput = z.input<typeof ZWebhookDeliveryRef>;

export const ZReplayWebhookDelivery = ZWebhookDeliveryRef.extend({ role: ZRole });
export type ReplayWebhookDeliveryInput = z.input<typeof ZReplayWebhookDelivery>;
