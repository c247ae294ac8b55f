import { AppError, RateLimitedError, ValidationError } from "@/lib/errors";
import { logger } from "@/lib/logger";

/** The one error shape of every JSON answer: { error: { code, message, field? } }. */
export function errorResponse(error: unknown): Response {
  if (error instanceof AppError) {
    const field = error instanceof ValidationError ? error.field : undefined;
    const headers: Record<string, string> = {};
    if (error instanceof RateLimitedError) headers["Retry-After"] = String(error.retryAfterSeconds);
    return Response.json(
      { error: { code: error.code, message: error.message, ...(field ? { field } : {}) } },
      { status: error.status, headers },
    );
  }
  logger.error({ err: error }, "unhandled error in route");
  return Response.json(
    { error: { code: "internal_error", message: "Something went wrong on our side. Please try again." } },
    { status: 500 },
  );
}
