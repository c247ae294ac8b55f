/**
 * The parts every operation shares: Bearer API keys, the one error shape,
 * Idempotency-Key and rate-limit headers.
 */
export const sharedComponents = {
  securitySchemes: {
    apiKey: {
      type: "http",
      scheme: "bearer",
      description: "An API key from Settings → API keys: `Authorization: Bearer sk_…`.",
    },
  },
  schemas: {
    Error: {
      type: "object",
      required: ["error"],
      properties: {
        error: {
          type: "object",
          required: ["code", "message"],
          properties: {
            code: {
              type: "string",
              description:
                "Stable, for programs: unauthorized, forbidden, not_found, conflict, validation_failed, invalid_json, unsupported_media_type, payload_too_large, invalid_idempotency_key, idempotency_key_reused, idempotency_key_in_use, rate_limited, internal_error.",
            },
            message: { type: "string", description: "For people; may change." },
            field: {
              type: "string",
              description: "The input field at fault, as a dotted path (`listIds.0`).",
            },
          },
        },
      },
      example: {
        error: { code: "validation_failed", message: "Enter a valid email address.", field: "email" },
      },
    },
  },
  parameters: {
    IdempotencyKey: {
      name: "Idempotency-Key",
      in: "header",
      required: false,
      description:
        "Any 1–255 visible ASCII characters (a UUID is ideal). The same key with the same body within 24 h replays the first answer (with `Idempotent-Replayed: true`) instead of acting again; with another body it answers 422 `idempotency_key_reused`; while the first request runs, 409 `idempotency_key_in_use`. A 5xx answer is not kept, so the request can be retried with the same key.",
      schema: { type: "string", minLength: 1, maxLength: 255 },
    },
  },
  headers: {
    RetryAfter: { description: "Seconds to wait before the next request.", schema: { type: "integer" } },
    RateLimitLimit: {
      description: "Requests the key may make at once (the burst).",
      schema: { type: "integer" },
    },
    RateLimitRemaining: { description: "Requests left in the burst now.", schema: { type: "integer" } },
    RateLimitReset: { description: "Seconds until the burst is full again.", schema: { type: "integer" } },
  },
  responses: {
    BadRequest: errorAnswer("The body is not valid JSON (`invalid_json`) or a header is malformed."),
    Unauthorized: errorAnswer("The API key is missing, malformed, unknown or revoked (`unauthorized`)."),
    NotFound: errorAnswer(
      "No such resource in your organization (`not_found`); ids of other organizations too.",
    ),
    Conflict: errorAnswer(
      "The request conflicts with the resource's state (`conflict`, e.g. pausing a completed campaign) or its Idempotency-Key is in use.",
    ),
    PayloadTooLarge: errorAnswer("The body is larger than the limit (64 KiB by default)."),
    UnsupportedMediaType: errorAnswer("The body is not sent as `Content-Type: application/json`."),
    ValidationFailed: errorAnswer(
      "A field is missing, unknown or invalid (`validation_failed`, with `field`), or an Idempotency-Key was reused with another body.",
    ),
    RateLimited: {
      ...errorAnswer("Too many requests with this key (`rate_limited`)."),
      headers: {
        "Retry-After": { $ref: "#/components/headers/RetryAfter" },
        "RateLimit-Limit": { $ref: "#/components/headers/RateLimitLimit" },
        "RateLimit-Remaining": { $ref: "#/components/headers/RateLimitRemaining" },
        "RateLimit-Reset": { $ref: "#/components/headers/RateLimitReset" },
      },
    },
  },
};

function errorAnswer(description: string) {
  return { description, content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } } };
}
