import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { parseOptions, templateIdOrNotFound } from "./parse-options";
import { ZTemplateRef, type TemplateRef } from "./template-records.schema";
import { TEMPLATE_COLUMNS, toTemplateSummary, type TemplateSummary } from "./template-summary";

/** One template of the organization; another organization's id is NotFoundError like a missing one. */
export async function getTemplate(options: TemplateRef): Promise<TemplateSummary> {
  const { orgId, templateId } = parseOptions(ZTemplateRef, options);
  const record = await db.template.findFirst({
    where: { id: templateIdOrNotFound(templateId), orgId },
    select: TEMPLATE_COLUMNS,
  });
  if (!record) throw new NotFoundError("That template");
  return toTemplateSummary(record);
}
