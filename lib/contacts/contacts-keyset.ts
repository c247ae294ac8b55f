import { Prisma } from "@/lib/db";
import type { ContactOrder, SortKeyColumn } from "./contact-order";

/**
 * The rows past a boundary key, as disjoint conditions that each become one
 * index range scan (`(orgId, lastName) = (…, 'Meyer') AND firstName > 'Anna'`).
 * A single OR of them, or a row comparison, cannot handle NULL names and would
 * make PostgreSQL read every row before the boundary on deep pages.
 *
 * NULL counts as larger than any value, as in PostgreSQL's default ordering
 * and in the index. An empty array means no rows lie past the key.
 */
export function keysetConditions(options: {
  order: ContactOrder;
  key: (string | null)[];
  /** Direction in which rows are read: ascending, or descending for newest-first and for going back. */
  ascending: boolean;
  viaList: boolean;
}): Prisma.Sql[] {
  const { order, key, ascending, viaList } = options;
  const conditions: Prisma.Sql[] = [];
  // The closest rows share the longest prefix with the key, so deeper columns come first.
  for (let depth = order.columns.length - 1; depth >= 0; depth--) {
    const prefix = order.columns
      .slice(0, depth)
      .map((column, index) => equals(column, key[index] ?? null, viaList));
    for (const beyond of past(order.columns[depth]!, key[depth] ?? null, ascending, viaList)) {
      conditions.push(Prisma.join([...prefix, beyond], " AND "));
    }
  }
  return conditions;
}

function equals(column: SortKeyColumn, value: string | null, viaList: boolean): Prisma.Sql {
  const expression = column.expression(viaList);
  return value === null
    ? Prisma.sql`${expression} IS NULL`
    : Prisma.sql`${expression} = ${column.bind(value)}`;
}

/** Values strictly past `value` in reading order, split so that each part is an index range. */
function past(
  column: SortKeyColumn,
  value: string | null,
  ascending: boolean,
  viaList: boolean,
): Prisma.Sql[] {
  const expression = column.expression(viaList);
  if (ascending) {
    if (value === null) return [];
    const greater = Prisma.sql`${expression} > ${column.bind(value)}`;
    return column.nullable ? [greater, Prisma.sql`${expression} IS NULL`] : [greater];
  }
  if (value === null) return [Prisma.sql`${expression} IS NOT NULL`];
  return [Prisma.sql`${expression} < ${column.bind(value)}`];
}
