import { TemplateValidationError } from "./template-error";
import { validateTemplate } from "./validate-template";

/**
 * Refuses a body that would not render: throws TemplateValidationError (a
 * ValidationError on "body" whose message has the first problem's line and
 * column; `issues` has all of them). Nothing broken is ever saved.
 */
export function checkTemplateBody(body: string, knownFields: string[]): void {
  const { errors } = validateTemplate(body, { knownFields });
  if (errors.length > 0) throw new TemplateValidationError(errors);
}
