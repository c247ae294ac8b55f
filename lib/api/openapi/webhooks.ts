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
    description: [
      "Webhooks: events and signatures. Endpoints are registered under Settings → Webhooks. Relay POSTs JSON",
      "events to them, signed per Standard Webhooks (https://www.standardwebhooks.com):",
      "`webhook-id` (`msg_<delivery id>`, the same on every retry and replay), `webhook-timestamp` (Unix seconds of",
      "the attempt) and `webhook-signature: v1,<base64 HMAC-SHA256>` keyed with the base64 part of the endpoint's",
      "`whsec_` secret over `${webhook-id}.${webhook-timestamp}.${raw body}`. Reject timestamps more than",
      "5 minutes off. Events: `message.status` (an outbound message was submitted, failed, went in doubt, was",
      "skipped or settled by its receipt; campaign messages only when the endpoint includes them) and",
      "`message.received` (an inbound message). Any 2xx answer is success; other answers and errors are retried",
      "after 5 s, 5 min, 30 min, 2 h, 5 h, 10 h and 10 h; `410 Gone` disables the endpoint. Endpoints on private,",
      "loopback or link-local addresses are refused.",
    ].join(" "),
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
