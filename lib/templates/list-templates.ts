import { db } from "@/lib/db";
import { decodeTimeIdCursor, encodeTimeIdCursor } from "@/lib/time-id-cursor";
import { parseOptions } from "./parse-options";
import { ZListTemplates, type ListTemplatesInput } from "./template-records.schema";
import { TEMPLATE_COLUMNS, toTemplateSummary, type TemplateSummary } from "./template-summary";

export interface TemplatePage {
  templates: TemplateSummary[];
  /** Pass back as `cursor` for the next page; null on the last page. */
  nextCursor: string | null;
}

/**
 * The organization's templates, newest first, a page at a time. Paged by
 * keyset on (createdAt, id) so a page never shifts when templates are added
 * while someone is paging.
 */
export async function listTemplates(options: ListTemplatesInput): Promise<TemplatePage> {
  const { orgId, cursor, limit } = parseOptions(ZListTemplates, options);
  // A cursor that does not decode starts from the top.
  const after = cursor ? decodeTimeIdCursor(cursor) : null;
  const records = await db.template.findMany({
    where: {
      orgId,
      ...(after && {
        OR: [{ createdAt: { lt: after.at } }, { createdAt: after.at, id: { lt: after.id } }],
      }),
    },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: limit + 1,
    select: TEMPLATE_COLUMNS,
  });
  const page = records.slice(0, limit);
  const last = page.at(-1);
  return {
    templates: page.map(toTemplateSummary),
    nextCursor:
      records.length > limit && last ? encodeTimeIdCursor({ at: last.createdAt, id: last.id }) : null,
  };
}
