import { ValidationError } from "@/lib/errors";
import type { TemplateIssue } from "./templates.schema";

/** Thrown when a template that does not validate is compiled; `issues` has every error with its position. */
export class TemplateValidationError extends ValidationError {
  constructor(readonly issues: TemplateIssue[]) {
    super(issues[0]?.message ?? "The template is not valid.", "body");
  }
}
