import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { parseOptions, templateIdOrNotFound } from "./parse-options";
import { ZTemplateRef, type TemplateRef } from "./template-records.schema";

/**
 * Deletes a template. Campaigns keep working: they hold a snapshot of the
 * body, and their link to the template is cleared by the foreign key.
 */
export async function deleteTemplate(options: TemplateRef): Promise<void> {
  const { orgId, templateId } = parseOptions(ZTemplateRef, options);
  const { count } = await db.template.deleteMany({ where: { id: templateIdOrNotFound(templateId), orgId } });
  if (count === 0) throw new NotFoundError("That template");
}
