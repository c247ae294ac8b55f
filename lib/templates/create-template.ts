import { db } from "@/lib/db";
import { checkTemplateBody } from "./check-template-body";
import { loadKnownFields } from "./load-render-settings";
import { parseOptions } from "./parse-options";
import { nameTakenError } from "./template-name";
import { ZCreateTemplate, type CreateTemplateInput } from "./template-records.schema";
import { TEMPLATE_COLUMNS, toTemplateSummary, type TemplateSummary } from "./template-summary";
import { isUniqueViolation } from "./unique-violation";

/**
 * Saves a new template after checking its body against the organization's
 * fields. A broken body is a ValidationError on "body" with its position; a
 * name already in use is one on "name".
 */
export async function createTemplate(options: CreateTemplateInput): Promise<TemplateSummary> {
  const { orgId, name, body } = parseOptions(ZCreateTemplate, options);
  checkTemplateBody(body, await loadKnownFields({ orgId }));
  try {
    const record = await db.template.create({ data: { orgId, name, body }, select: TEMPLATE_COLUMNS });
    return toTemplateSummary(record);
  } catch (error) {
    if (isUniqueViolation(error)) throw nameTakenError(name);
    throw error;
  }
}
