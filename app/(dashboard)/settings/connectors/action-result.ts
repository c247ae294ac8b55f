import type { ConnectorActionResult } from "@/components/settings/connectors/connector-action-result";
import { AppError, NotFoundError } from "@/lib/errors";
import { logger } from "@/lib/logger";
import type { ConnectorField } from "@/lib/smpp";

const FIELDS: readonly string[] = [
  "name",
  "host",
  "port",
  "tls",
  "systemId",
  "password",
  "systemType",
  "bindMode",
  "throughputPerSecond",
  "windowSize",
  "binds",
  "sourceTon",
  "sourceNpi",
  "destTon",
  "destNpi",
  "enquireLinkSeconds",
  "responseTimeoutSeconds",
  "enabled",
] satisfies ConnectorField[];

function fieldOf(error: AppError): ConnectorField | null {
  const field = "field" in error ? error.field : undefined;
  return typeof field === "string" && FIELDS.includes(field) ? (field as ConnectorField) : null;
}

/** Domain errors → form and row messages: the one place connector actions translate them. */
export function actionFailure(error: unknown, action: string): ConnectorActionResult<never> {
  const failure = { ok: false as const, message: null, fieldErrors: {} };
  if (error instanceof AppError) {
    // ValidationError and the name-taken conflict both name their field.
    const field = fieldOf(error);
    if (field) return { ...failure, fieldErrors: { [field]: error.message } };
    if (error instanceof NotFoundError) {
      return {
        ...failure,
        message: "This connector no longer exists. It may have been deleted by someone else.",
      };
    }
    return { ...failure, message: error.message };
  }
  logger.error({ err: error, action }, "connector action failed");
  return { ...failure, message: "Something went wrong on our side. Nothing you typed is lost; try again." };
}
