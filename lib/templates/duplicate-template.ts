import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { parseOptions, templateIdOrNotFound } from "./parse-options";
import { copyName } from "./template-name";
import { ZTemplateRef, type TemplateRef } from "./template-records.schema";
import { TEMPLATE_COLUMNS, toTemplateSummary, type TemplateSummary } from "./template-summary";
import { isUniqueViolation } from "./unique-violation";

// Two people copying the same template at once both pick the same free name;
// the loser of the unique index simply looks again.
const ATTEMPTS = 3;

/** Copies a template under the first free "Copy of …" name. */
export async function duplicateTemplate(options: TemplateRef): Promise<TemplateSummary> {
  const { orgId, templateId } = parseOptions(ZTemplateRef, options);
  const source = await db.template.findFirst({
    where: { id: templateIdOrNotFound(templateId), orgId },
    select: { name: true, body: true },
  });
  if (!source) throw new NotFoundError("That template");

  for (let attempt = 1; ; attempt++) {
    const similar = await db.template.findMany({
      where: { orgId, name: { startsWith: "Copy of " } },
      select: { name: true },
    });
    const name = copyName(source.name, new Set(similar.map((template) => template.name)));
    try {
      const record = await db.template.create({
        data: { orgId, name, body: source.body },
        select: TEMPLATE_COLUMNS,
      });
      return toTemplateSummary(record);
    } catch (error) {
      if (!isUniqueViolation(error) || attempt === ATTEMPTS) throw error;
    }
  }
}
