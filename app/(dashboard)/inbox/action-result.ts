import "server-only";
import type { InboxActionResult } from "@/components/inbox/inbox-action-result";
import { AppError, NotFoundError, ValidationError } from "@/lib/errors";
import { logger } from "@/lib/logger";

/** Domain errors → messages the inbox shows: the one place its actions translate them. */
export function inboxFailure(
  error: unknown,
  action: string,
  context: Record<string, unknown>,
): InboxActionResult<never> {
  if (error instanceof ValidationError) {
    return {
      ok: false,
      message: error.message,
      ...(error.field === "body" ? { field: "body" as const } : {}),
    };
  }
  if (error instanceof NotFoundError) {
    return { ok: false, message: "This conversation no longer exists. Its contact may have been deleted." };
  }
  if (error instanceof AppError) return { ok: false, message: error.message };
  logger.error({ err: error, action, ...context }, "inbox action failed");
  return { ok: false, message: "Something went wrong on our side. Try again in a moment." };
}
