import type { OpenApiFragment } from "./openapi-fragment";

const ISO_TIME = { type: "string", format: "date-time" };
const NULLABLE_TIME = { type: ["string", "null"], format: "date-time" };

/**
 * Webhooks are not called, they call: this fragment has no paths, only the
 * tag that documents events and signatures and the schemas of the payloads
 * Relay POSTs (built in lib/webhooks/record-message-events.ts).
 */
export const webhooksFragment: OpenApiFragment = {
  tag: {
    name: "Webhooks",
    description:
      "Events Relay POSTs to your endpoints (Settings → Webhooks), signed per Standard Webhooks: `webhook-id`, `webhook-timestamp` and `webhook-signature: v1,<base64 HMAC-SHA256 of id.timestamp.body>` keyed with your `whsec_` secret; reject timestamps more than 5 minutes off. Their payloads are the MessageStatusEvent and MessageReceivedEvent schemas; the guide section “Webhooks: events and signatures” has the details.",
  },
  schemas: {
    MessageStatusEvent: {
      type: "object",
      required: ["type", "timestamp", "data"],
      properties: {
        type: { const: "message.status" },
        timestamp: ISO_TIME,
        data: {
          type: "object",
          properties: {
            id: { type: "string", description: "The message's id." },
            direction: { const: "outbound" },
            status: {
              enum: [
                "submitted",
                "unknown",
                "failed",
                "skipped",
                "delivered",
                "undelivered",
                "expired",
                "rejected",
              ],
            },
            from: { type: "string", description: "The sender ID." },
            to: { type: "string", description: "The recipient, E.164." },
            errorCode: {
              type: ["integer", "null"],
              description: "SMPP command_status or the receipt's err code.",
            },
            errorReason: { type: ["string", "null"] },
            clientReference: { type: ["string", "null"] },
            campaignId: { type: ["string", "null"], format: "uuid" },
            segments: { type: "integer" },
            submittedAt: NULLABLE_TIME,
            finalAt: NULLABLE_TIME,
          },
        },
      },
    },
    MessageReceivedEvent: {
      type: "object",
      required: ["type", "timestamp", "data"],
      properties: {
        type: { const: "message.received" },
        timestamp: ISO_TIME,
        data: {
          type: "object",
          properties: {
            id: { type: "string" },
            direction: { const: "inbound" },
            status: { const: "received" },
            from: { type: "string", description: "The subscriber, E.164." },
            to: { type: "string", description: "The number or short code written to." },
            text: { type: ["string", "null"] },
            problem: { type: ["string", "null"], description: "Why the text could not be read fully." },
            conversationId: { type: ["string", "null"], format: "uuid" },
            campaignId: { type: ["string", "null"], format: "uuid", description: "The campaign it answers." },
            receivedAt: ISO_TIME,
          },
        },
      },
    },
  },
  paths: {},
};
