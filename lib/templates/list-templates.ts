import { db } from "@/lib/db";
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
  const after = cursor ? decodeCursor(cursor) : null;
  const records = await db.template.findMany({
    where: {
      orgId,
      ...(after && {
        OR: [{ createdAt: { lt: after.createdAt } }, { createdAt: after.createdAt, id: { lt: after.id } }],
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
    nextCursor: records.length > limit && last ? encodeCursor(last) : null,
  };
}

function encodeCursor(record: { createdAt: Date; id: string }): string {
  return Buffer.from(`${record.createdAt.toISOString()}|${record.id}`).toString("base64url");
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A cursor that does not decode (edited by hand, from an old version) starts from the top. */
function decodeCursor(cursor: string): { createdAt: Date; id: string } | null {
  const [time, id] = Buffer.from(cursor, "base64url").toString("utf8").split("|");
  const createdAt = new Date(time ?? "");
  if (Number.isNaN(createdAt.getTime()) || !id || !UUID.test(id)) return null;
  return { createdAt, id };
}
