import {
  CAMPAIGN_FORM_FIELDS,
  type CampaignActionResult,
  type CampaignFieldErrors,
  type CampaignFormField,
  type SavedCampaign,
} from "@/components/campaigns/campaign-action-result";
import { AppError, NotFoundError, ValidationError } from "@/lib/errors";
import { logger } from "@/lib/logger";

const FIELDS: readonly string[] = CAMPAIGN_FORM_FIELDS;

/** "listIds.0" → "listIds"; "schedule.date" stays; anything unknown is not a field. */
export function formField(path: string | undefined): CampaignFormField | null {
  if (!path) return null;
  if (FIELDS.includes(path)) return path as CampaignFormField;
  const first = path.split(".")[0] ?? "";
  return FIELDS.includes(first) ? (first as CampaignFormField) : null;
}

/** zod issues → one message per field (the first), as the form shows them. */
export function fieldErrorsOf(issues: readonly { path: readonly PropertyKey[]; message: string }[]): {
  fieldErrors: CampaignFieldErrors;
  rest: string | null;
} {
  const fieldErrors: CampaignFieldErrors = {};
  let rest: string | null = null;
  for (const issue of issues) {
    const field = formField(issue.path.map(String).join("."));
    if (field) fieldErrors[field] ??= issue.message;
    else rest ??= issue.message;
  }
  return { fieldErrors, rest };
}

/** Domain errors → form messages: the one place campaign actions translate them. */
export function actionFailure(
  error: unknown,
  action: string,
  campaign?: SavedCampaign,
): CampaignActionResult<never> {
  const failure = { ok: false as const, message: null, fieldErrors: {}, ...(campaign ? { campaign } : {}) };
  if (error instanceof ValidationError) {
    const field = formField(error.field);
    if (field) return { ...failure, fieldErrors: { [field]: error.message } };
    return { ...failure, message: error.message };
  }
  if (error instanceof NotFoundError) {
    return {
      ...failure,
      message: "This campaign no longer exists. It may have been deleted by someone else.",
    };
  }
  if (error instanceof AppError) return { ...failure, message: error.message };
  logger.error({ err: error, action }, "campaign action failed");
  return {
    ...failure,
    message: "Something went wrong on our side. Everything you entered is still here; try again.",
  };
}
