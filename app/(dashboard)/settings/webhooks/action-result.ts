import type { WebhookActionResult } from "@/components/settings/webhooks/webhook-action-result";
import { AppError, NotFoundError, ValidationError } from "@/lib/errors";
import { logger } from "@/lib/logger";
import type { WebhookEndpointField } from "@/lib/webhooks/client";

const FIELDS: readonly string[] = [
  "url",
  "description",
  "eventTypes",
  "includeCampaignMessages",
] satisfies WebhookEndpointField[];

/** Domain errors → form and row messages: the one place webhook actions translate them. */
export function webhookActionFailure(error: unknown, action: string): WebhookActionResult<never> {
  const failure = { ok: false as const, message: null, fieldErrors: {} };
  if (error instanceof ValidationError && error.field && FIELDS.includes(error.field)) {
    return { ...failure, fieldErrors: { [error.field]: error.message } };
  }
  if (error instanceof NotFoundError) {
    return { ...failure, message: `${error.message} It may have been deleted by someone else.` };
  }
  if (error instanceof AppError) return { ...failure, message: error.message };
  logger.error({ err: error, action }, "webhook action failed");
  return { ...failure, message: "Something went wrong on our side. Nothing you typed is lost; try again." };
}
