import { z } from "zod";

/** JSON Schema, as OpenAPI 3.1 takes it. */
export type JsonSchema = Record<string, unknown>;

export type OpenApiOperation = {
  operationId: string;
  summary: string;
  description?: string;
  parameters?: Record<string, unknown>[];
  requestBody?: {
    required: boolean;
    content: { "application/json": { schema: JsonSchema; example?: unknown } };
  };
  responses: Record<string, unknown>;
  security?: Record<string, string[]>[];
};

/**
 * One area of the API (contacts, lists, campaigns, messages, webhooks…): its
 * tag, paths and schemas. lib/api/openapi/index.ts merges every fragment
 * into the document served at /api/v1/openapi.json and shown on /developers.
 */
export type OpenApiFragment = {
  tag: { name: string; description: string };
  paths: Record<string, Partial<Record<"get" | "post" | "put" | "patch" | "delete", OpenApiOperation>>>;
  schemas?: Record<string, JsonSchema>;
};

/** The request schema as clients send it (before defaults and transforms), from the same zod schema the route parses with. */
export function inputSchemaOf(schema: z.ZodType): JsonSchema {
  const { $schema: _dialect, ...json } = z.toJSONSchema(schema, { io: "input", unrepresentable: "any" });
  return json;
}

export const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });

/** A JSON answer with its schema. */
export function jsonResponse(description: string, schema: JsonSchema) {
  return { description, content: { "application/json": { schema } } };
}

/** { data: [...], nextCursor } of every list endpoint. */
export function pageOf(item: string): JsonSchema {
  return {
    type: "object",
    required: ["data", "nextCursor"],
    properties: {
      data: { type: "array", items: ref(item) },
      nextCursor: {
        type: ["string", "null"],
        description: "Pass as `cursor` for the next page; null on the last.",
      },
    },
  };
}

/** The error answers every authenticated operation can give, by reference to the shared components. */
export function errorResponses(...statuses: ("400" | "404" | "409" | "413" | "415" | "422")[]) {
  const responses: Record<string, unknown> = {
    "401": { $ref: "#/components/responses/Unauthorized" },
    "429": { $ref: "#/components/responses/RateLimited" },
  };
  const names = {
    "400": "BadRequest",
    "404": "NotFound",
    "409": "Conflict",
    "413": "PayloadTooLarge",
    "415": "UnsupportedMediaType",
    "422": "ValidationFailed",
  };
  for (const status of statuses) responses[status] = { $ref: `#/components/responses/${names[status]}` };
  return responses;
}

/** What every POST with a JSON body can answer besides its own errors. */
export const BODY_ERRORS = ["400", "413", "415", "422"] as const;

export const IDEMPOTENCY_PARAMETER = { $ref: "#/components/parameters/IdempotencyKey" };

export function pathId(description: string, schema: JsonSchema = { type: "string", format: "uuid" }) {
  return { name: "id", in: "path", required: true, description, schema };
}
