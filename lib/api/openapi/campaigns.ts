import { ZApiCreateCampaign } from "../schemas/campaigns.schema";
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

const STATUSES = ["draft", "scheduled", "running", "paused", "completed", "cancelled", "failed"];
const COUNTS = [
  "recipients",
  "sent",
  "delivered",
  "failed",
  "undelivered",
  "expired",
  "optedOut",
  "replied",
  "skipped",
  "unknown",
  "cancelled",
  "excludedOptedOut",
  "excludedDuplicates",
];

const ACTIONS: [string, string, string][] = [
  [
    "schedule",
    "Schedule a campaign",
    "Draft → scheduled, for the send time given when it was created (`schedule`), at least a minute ahead (422 on `schedule` otherwise).",
  ],
  ["send", "Send a campaign now", "Draft or scheduled → running at once."],
  ["pause", "Pause a campaign", "Running → paused: sending stops within a second."],
  ["resume", "Resume a campaign", "Paused → running."],
  [
    "cancel",
    "Cancel a campaign",
    "Any unfinished campaign → cancelled, for good: messages not yet sent are cancelled.",
  ],
];

export const campaignsFragment: OpenApiFragment = {
  tag: {
    name: "Campaigns",
    description:
      "A message to every contact of some lists. States: draft → scheduled → running ⇄ paused → completed, or cancelled / failed; a move the state machine does not allow answers 409 with the reason.",
  },
  schemas: {
    Campaign: {
      type: "object",
      properties: {
        id: { type: "string", format: "uuid" },
        name: { type: "string" },
        status: { type: "string", enum: STATUSES },
        senderId: { type: "string" },
        templateId: { type: ["string", "null"], format: "uuid" },
        body: { type: "string" },
        connectorId: { type: ["string", "null"], format: "uuid" },
        scheduledAt: { type: ["string", "null"], format: "date-time" },
        timeZone: { type: "string" },
        quietHours: {
          type: ["object", "null"],
          properties: { start: { type: "string" }, end: { type: "string" } },
        },
        createdAt: { type: "string", format: "date-time" },
        updatedAt: { type: "string", format: "date-time" },
        startedAt: { type: ["string", "null"], format: "date-time" },
        completedAt: { type: ["string", "null"], format: "date-time" },
        failureReason: { type: ["string", "null"] },
        audienceComplete: {
          type: "boolean",
          description:
            "False while a running campaign's audience is still being taken: the first messages are already sent and `counts.recipients` still grows.",
        },
        counts: {
          type: "object",
          description: "Maintained counters.",
          properties: Object.fromEntries(COUNTS.map((name) => [name, { type: "integer" }])),
        },
      },
    },
  },
  paths: {
    "/campaigns": {
      post: {
        operationId: "createCampaign",
        summary: "Create a campaign",
        description: "Saves a draft; scheduling or sending it is a separate call.",
        parameters: [IDEMPOTENCY_PARAMETER],
        requestBody: {
          required: true,
          content: {
            "application/json": {
              schema: inputSchemaOf(ZApiCreateCampaign),
              example: {
                name: "Spring sale",
                senderId: "Relay",
                listIds: ["3f1c2d3e-4b5a-4c6d-8e7f-0a1b2c3d4e5f"],
                body: "Hi {{firstName}}, 20% off this weekend!",
                connectorId: "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d",
                schedule: { date: "2030-06-01", time: "09:30", timeZone: "Europe/Berlin" },
              },
            },
          },
        },
        responses: { "201": jsonResponse("The draft.", ref("Campaign")), ...errorResponses(...BODY_ERRORS) },
      },
      get: {
        operationId: "listCampaigns",
        summary: "List campaigns",
        description: "Newest first, paged by cursor.",
        parameters: [
          { name: "cursor", in: "query", schema: { type: "string" } },
          { name: "limit", in: "query", schema: { type: "integer", minimum: 1, maximum: 100, default: 25 } },
        ],
        responses: { "200": jsonResponse("One page.", pageOf("Campaign")), ...errorResponses("422") },
      },
    },
    "/campaigns/{id}": {
      get: {
        operationId: "getCampaign",
        summary: "Get a campaign",
        description: "With its lists, template and connector, and live counters.",
        parameters: [pathId("The campaign's id.")],
        responses: { "200": jsonResponse("The campaign.", ref("Campaign")), ...errorResponses("404") },
      },
    },
    ...Object.fromEntries(
      ACTIONS.map(([action, summary, description]) => [
        `/campaigns/{id}/${action}`,
        {
          post: {
            operationId: `${action}Campaign`,
            summary,
            description,
            parameters: [pathId("The campaign's id."), IDEMPOTENCY_PARAMETER],
            responses: {
              "200": jsonResponse("The campaign after the move.", ref("Campaign")),
              ...errorResponses("404", "409", "422"),
            },
          },
        },
      ]),
    ),
  },
};
