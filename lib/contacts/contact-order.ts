import { Prisma } from "@/lib/db";
import type { ContactRecord } from "./contact-row";
import type { ContactSort } from "./list-contacts.schema";

/** One column of a sort key, in the order the index stores it. */
export type SortKeyColumn = {
  /** Output name in the page query. */
  name: "id" | "phone" | "lastName" | "firstName";
  nullable: boolean;
  /** The column inside the page query; `id` is read from the list membership when a list is shown. */
  expression: (viaList: boolean) => Prisma.Sql;
  /** How a cursor value (always text) is bound as a parameter. */
  bind: (value: string) => string | bigint;
};

/**
 * A total order over contacts, each served by an index:
 * newest/oldest by (orgId, id) or, for a list, its primary key (listId, contactId);
 * name by (orgId, lastName, firstName, id); phone by the unique (orgId, phone).
 * NULL names sort last, as PostgreSQL and the index put them (NULL counts as
 * larger than any text), so the index is used without COALESCE.
 */
export type ContactOrder = {
  columns: SortKeyColumn[];
  descending: boolean;
  /**
   * Scope the organization as a range that leads the ORDER BY (see contactsPageQuery).
   * Only for orders by id: with an equality, PostgreSQL may walk the whole primary key
   * instead of (orgId, id). Orders whose only index starts with orgId don't need it, and
   * it would hide their later index columns from the planner's cost estimate.
   */
  organizationInOrder: boolean;
};

const asText = (value: string) => value;

const idColumn: SortKeyColumn = {
  name: "id",
  nullable: false,
  expression: (viaList) => Prisma.raw(viaList ? `m."contactId"` : `c.id`),
  bind: (value) => BigInt(value),
};

function textColumn(name: "phone" | "lastName" | "firstName", nullable: boolean): SortKeyColumn {
  return { name, nullable, expression: () => Prisma.raw(`c."${name}"`), bind: asText };
}

export const CONTACT_ORDERS: Record<ContactSort, ContactOrder> = {
  newest: { columns: [idColumn], descending: true, organizationInOrder: true },
  oldest: { columns: [idColumn], descending: false, organizationInOrder: true },
  name: {
    columns: [textColumn("lastName", true), textColumn("firstName", true), idColumn],
    descending: false,
    organizationInOrder: false,
  },
  // Phone numbers are unique within an organization, so the phone alone is a total order.
  phone: { columns: [textColumn("phone", false)], descending: false, organizationInOrder: false },
};

/** The sort key of a row, as text for the cursor. */
export function sortKeyOf(order: ContactOrder, row: ContactRecord): (string | null)[] {
  return order.columns.map((column) => {
    const value = row[column.name];
    return value === null ? null : String(value);
  });
}
