import { AppError, NotFoundError, ValidationError } from "@/lib/errors";
import { logger } from "@/lib/logger";
import type { TemplateActionResult, TemplateFormField } from "@/components/templates/template-action-result";
import { TemplateValidationError } from "@/lib/templates";

const FIELDS: readonly string[] = ["name", "body"] satisfies TemplateFormField[];

/** Domain errors → form messages: the one place template actions translate them. */
export function actionFailure(error: unknown, action: string): TemplateActionResult<never> {
  const failure = { ok: false as const, message: null, fieldErrors: {}, issues: [] };
  if (error instanceof ValidationError && error.field && FIELDS.includes(error.field)) {
    const issues = error instanceof TemplateValidationError ? error.issues : [];
    return { ...failure, fieldErrors: { [error.field]: error.message }, issues };
  }
  if (error instanceof NotFoundError) {
    return {
      ...failure,
      message: "This template no longer exists. It may have been deleted by someone else.",
    };
  }
  if (error instanceof AppError) return { ...failure, message: error.message };
  logger.error({ err: error, action }, "template action failed");
  return { ...failure, message: "Something went wrong on our side. Your text is still here; try again." };
}
