import { Prisma } from "@/lib/db";
import type { ContactOrder } from "./contact-order";
import { CONTACT_RECORD_COLUMNS } from "./contact-row";
import { contactSearchCondition } from "./contact-search";
import { keysetConditions } from "./contacts-keyset";

export type ContactsPageQueryOptions = {
  orgId: string;
  listId?: string;
  optedOut?: boolean;
  search?: string;
  order: ContactOrder;
  /** The boundary row's sort key; null for the first page. */
  key: (string | null)[] | null;
  /** Read against the sort order (the page before the key). */
  backward: boolean;
  take: number;
};

/**
 * One page of contacts by keyset, never OFFSET. Every branch is scoped to the
 * organization, filtered, ordered as its index is and limited, so PostgreSQL
 * reads about `take` index entries per branch however deep the page is.
 * Returns null when no row can lie past the key.
 */
export function contactsPageQuery(options: ContactsPageQueryOptions): Prisma.Sql | null {
  const { order, key, take } = options;
  const viaList = options.listId !== undefined;
  const ascending = order.descending === options.backward;
  const direction = Prisma.raw(ascending ? "ASC" : "DESC");

  const from = viaList
    ? Prisma.sql`contacts c JOIN contact_list_members m ON m."contactId" = c.id AND m."listId" = ${options.listId}::uuid`
    : Prisma.sql`contacts c`;
  // Newest/oldest without a list: the organization as a range that leads the ORDER BY. An
  // equality would let PostgreSQL drop it from the order and walk the whole primary key
  // backwards, reading other organizations' newer contacts first; with the range only
  // (orgId, id) gives the order, so the scan stays inside the organization.
  const organizationInOrder = order.organizationInOrder && !viaList;
  const organization = organizationInOrder
    ? Prisma.sql`c."orgId" BETWEEN ${options.orgId}::uuid AND ${options.orgId}::uuid`
    : Prisma.sql`c."orgId" = ${options.orgId}::uuid`;
  const filters = [organization];
  if (options.optedOut === true) filters.push(Prisma.sql`c."optedOut"`);
  if (options.optedOut === false) filters.push(Prisma.sql`NOT c."optedOut"`);
  const search = contactSearchCondition(options.search);
  if (search) filters.push(search);

  const innerOrder = Prisma.join(
    [
      ...(organizationInOrder ? [Prisma.sql`c."orgId" ${direction}`] : []),
      ...order.columns.map((column) => Prisma.sql`${column.expression(viaList)} ${direction}`),
    ],
    ", ",
  );
  const branch = (boundary: Prisma.Sql | null) =>
    Prisma.sql`SELECT ${CONTACT_RECORD_COLUMNS} FROM ${from}
      WHERE ${Prisma.join(boundary ? [...filters, boundary] : filters, " AND ")}
      ORDER BY ${innerOrder} LIMIT ${take}`;

  if (key === null) return branch(null);
  const boundaries = keysetConditions({ order, key, ascending, viaList });
  if (boundaries.length === 0) return null;
  if (boundaries.length === 1) return branch(boundaries[0]!);

  const outerOrder = Prisma.join(
    order.columns.map((column) => Prisma.sql`${Prisma.raw(`"${column.name}"`)} ${direction}`),
    ", ",
  );
  const branches = Prisma.join(
    boundaries.map((boundary) => Prisma.sql`(${branch(boundary)})`),
    " UNION ALL ",
  );
  return Prisma.sql`SELECT * FROM (${branches}) AS page ORDER BY ${outerOrder} LIMIT ${take}`;
}
