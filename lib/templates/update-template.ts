import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { checkTemplateBody } from "./check-template-body";
import { loadKnownFields } from "./load-render-settings";
import { parseOptions, templateIdOrNotFound } from "./parse-options";
import { nameTakenError } from "./template-name";
import { ZUpdateTemplate, type UpdateTemplateInput } from "./template-records.schema";
import { TEMPLATE_COLUMNS, toTemplateSummary, type TemplateSummary } from "./template-summary";
import { isRecordNotFound, isUniqueViolation } from "./unique-violation";

/** Renames and rewrites a template, with the same checks as `createTemplate`. */
export async function updateTemplate(options: UpdateTemplateInput): Promise<TemplateSummary> {
  const { orgId, templateId, name, body } = parseOptions(ZUpdateTemplate, options);
  const id = templateIdOrNotFound(templateId);
  checkTemplateBody(body, await loadKnownFields({ orgId }));
  try {
    // orgId in the where clause: another organization's template is not found, not changed.
    const record = await db.template.update({
      where: { id, orgId },
      data: { name, body },
      select: TEMPLATE_COLUMNS,
    });
    return toTemplateSummary(record);
  } catch (error) {
    if (isRecordNotFound(error)) throw new NotFoundError("That template");
    if (isUniqueViolation(error)) throw nameTakenError(name);
    throw error;
  }
}
