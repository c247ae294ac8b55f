import { AppError } from "@/lib/errors";

/** The REST API's own refusals, beside the domain's errors in lib/errors.ts; all answer the one error shape. */
export class InvalidJsonError extends AppError {
  constructor(message: string) {
    super("invalid_json", message, 400);
  }
}

export class UnsupportedMediaTypeError extends AppError {
  constructor() {
    super(
      "unsupported_media_type",
      "Send the request body as JSON with Content-Type: application/json.",
      415,
    );
  }
}

export class PayloadTooLargeError extends AppError {
  constructor(limitBytes: number) {
    super("payload_too_large", `The request body is larger than ${limitBytes} bytes.`, 413);
  }
}

export class InvalidIdempotencyKeyError extends AppError {
  constructor() {
    super(
      "invalid_idempotency_key",
      "The Idempotency-Key header must be 1 to 255 visible ASCII characters.",
      400,
    );
  }
}

export class IdempotencyKeyReusedError extends AppError {
  constructor() {
    super(
      "idempotency_key_reused",
      "This Idempotency-Key was already used with a different request. Use a new key for a new request.",
      422,
    );
  }
}

export class IdempotencyKeyInUseError extends AppError {
  constructor() {
    super(
      "idempotency_key_in_use",
      "A request with this Idempotency-Key is still running. Retry after it has finished.",
      409,
    );
  }
}
