import {
  DEFAULT_MESSAGES_PER_PAGE,
  MAX_MESSAGES_PER_PAGE,
  ZCreateApiMessage,
  ZMessageId,
  ZMessageStatus,
} from "@/lib/messaging";
import {
  BODY_ERRORS,
  errorResponses,
  IDEMPOTENCY_PARAMETER,
  inputSchemaOf,
  jsonResponse,
  pageOf,
  pathId,
  ref,
  type OpenApiFragment,
} from "./openapi-fragment";

const nullableTime = { type: ["string", "null"], format: "date-time" };

const messageFields = {
  id: { type: "string", description: "A 64-bit integer as a decimal string.", example: "90211" },
  to: { type: "string", description: "E.164.", example: "+4915123456789" },
  from: { type: "string", example: "Relay" },
  text: { type: "string", description: "As sent: rendered from the template when one was given." },
  status: {
    type: "string",
    enum: ZMessageStatus.options,
    description:
      "queued → sending → submitted (the SMSC accepted it) → delivered, undelivered, expired or rejected from the delivery receipt; failed (refused by the SMSC for good), skipped (the recipient opted out before it went), unknown (written but never answered: not re-sent, a later receipt settles it).",
  },
  segments: {
    type: "integer",
    description: "SMS parts; each is a submit_sm and counts against the throughput.",
  },
  encoding: { type: ["string", "null"], enum: ["GSM-7", "UCS-2", null] },
  priority: { type: "string", enum: ["high", "normal"] },
  clientReference: { type: ["string", "null"] },
  errorCode: { type: ["integer", "null"], description: "SMPP command_status or the receipt's err code." },
  errorReason: { type: ["string", "null"], example: "ESME_RINVDSTADR: Invalid destination address" },
  createdAt: { type: "string", format: "date-time" },
  submittedAt: nullableTime,
  finalAt: nullableTime,
  scheduledAt: nullableTime,
  campaignId: {
    type: ["string", "null"],
    description: "Always null: campaign messages are in campaign reports.",
  },
  connectorId: {
    type: ["string", "null"],
    format: "uuid",
    description: "The SMPP connector it went through.",
  },
  routeId: {
    type: ["string", "null"],
    format: "uuid",
    description: "The route that chose the connector, if any.",
  },
};

const query = (name: string, schema: Record<string, unknown>, description?: string) => ({
  name,
  in: "query",
  schema,
  ...(description ? { description } : {}),
});

export const messagesFragment: OpenApiFragment = {
  tag: {
    name: "Messages",
    description:
      "Single messages: one-time codes and other transactional texts. `high` priority (the default) takes a lane that overtakes campaign traffic on the same connector, within its throughput limit. Send with an `Idempotency-Key` so a retried request never sends twice.",
  },
  schemas: {
    Message: { type: "object", required: Object.keys(messageFields), properties: messageFields },
  },
  paths: {
    "/messages": {
      post: {
        operationId: "sendMessage",
        summary: "Send a message",
        description:
          "Queues one message and answers 202 with it; follow its `status` with GET /messages/{id}. Give `text`, or a saved template's `templateId` with `variables` for its merge tags (`firstName` fills {{firstName}}, `code` fills {{fields.code}}; a tag without a variable is refused). `to` is read with your organization's default country when it has no country code. A recipient who opted out answers 422 `recipient_opted_out`.",
        parameters: [IDEMPOTENCY_PARAMETER],
        requestBody: {
          required: true,
          content: {
            "application/json": {
              schema: inputSchemaOf(ZCreateApiMessage),
              example: {
                to: "+4915123456789",
                from: "Relay",
                text: "Your code is 482913",
                clientReference: "login-7f3a",
              },
            },
          },
        },
        responses: {
          "202": jsonResponse("The message, queued.", ref("Message")),
          ...errorResponses(...BODY_ERRORS, "404", "409"),
        },
      },
      get: {
        operationId: "listMessages",
        summary: "List messages",
        description:
          "Your organization's single messages (API sends, inbox replies, keyword confirmations), newest first, paged by an opaque keyset cursor.",
        parameters: [
          query("cursor", { type: "string" }, "`nextCursor` of the previous page."),
          query("limit", {
            type: "integer",
            minimum: 1,
            maximum: MAX_MESSAGES_PER_PAGE,
            default: DEFAULT_MESSAGES_PER_PAGE,
          }),
          query("status", { type: "string", enum: ZMessageStatus.options }),
          query("to", { type: "string" }, "The recipient, read like `to` when sending."),
          query("clientReference", { type: "string", maxLength: 128 }),
          query("createdFrom", { type: "string", format: "date-time" }, "Created at or after."),
          query("createdTo", { type: "string", format: "date-time" }, "Created before."),
        ],
        responses: {
          "200": jsonResponse("One page.", pageOf("Message")),
          ...errorResponses("422"),
        },
      },
    },
    "/messages/{id}": {
      get: {
        operationId: "getMessage",
        summary: "Get a message and its status",
        parameters: [pathId("The message's id.", inputSchemaOf(ZMessageId))],
        responses: { "200": jsonResponse("The message.", ref("Message")), ...errorResponses("404") },
      },
    },
  },
};
