import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { CONTACT_ORDERS, sortKeyOf } from "./contact-order";
import type { ContactRecord, ContactRow } from "./contact-row";
import { decodeContactsCursor, encodeContactsCursor, type ContactsCursor } from "./contacts-cursor";
import { contactsPageQuery, type ContactsPageQueryOptions } from "./contacts-page-query";
import { findListsOfContacts } from "./find-lists-of-contacts";
import { ZListContacts, type ListContactsInput } from "./list-contacts.schema";
import { parseInput } from "./parse-input";

export type ContactsPage = {
  contacts: ContactRow[];
  /** Cursor of the following page; null on the last page. */
  nextCursor: string | null;
  /** Cursor of the preceding page; null on the first page. */
  previousCursor: string | null;
};

/**
 * One page of an organization's contacts, filtered by list, opt-out state
 * and search, in a total order, paged by keyset. Throws NotFoundError for a
 * list outside the organization and ValidationError for a cursor that does
 * not fit the sort.
 */
export async function listContacts(input: ListContactsInput): Promise<ContactsPage> {
  const options = parseInput(ZListContacts, input);
  const order = CONTACT_ORDERS[options.sort];
  const cursor = options.cursor ? decodeContactsCursor(options.cursor, options.sort, order) : null;
  const base = {
    orgId: options.orgId,
    listId: options.listId,
    optedOut: options.optedOut,
    search: options.search,
    order,
    take: options.limit + 1,
  };

  const [records] = await Promise.all([
    readRecords({ ...base, key: cursor?.key ?? null, backward: cursor?.direction === "before" }),
    options.listId ? assertListInOrganization(options.orgId, options.listId) : null,
  ]);
  const backward = cursor?.direction === "before";
  const hasMore = records.length > options.limit;
  const page = records.slice(0, options.limit);

  // Going back reached the start: show the first page as it is now, full.
  if (backward && !hasMore) return listContacts({ ...input, cursor: undefined });

  if (backward) page.reverse();
  const makeCursor = (direction: ContactsCursor["direction"], key: (string | null)[]) =>
    encodeContactsCursor({ sort: options.sort, direction, key });
  const first = page[0];
  const last = page.at(-1);

  const nextCursor = last && (backward || hasMore) ? makeCursor("after", sortKeyOf(order, last)) : null;
  let previousCursor: string | null = null;
  if (backward) previousCursor = makeCursor("before", sortKeyOf(order, first!));
  else if (cursor) previousCursor = makeCursor("before", first ? sortKeyOf(order, first) : cursor.key);

  const lists = await findListsOfContacts({ orgId: options.orgId, contactIds: page.map((row) => row.id) });
  const contacts = page.map((row) => ({ ...row, id: row.id.toString(), lists: lists.get(row.id) ?? [] }));
  return { contacts, nextCursor, previousCursor };
}

async function readRecords(options: ContactsPageQueryOptions): Promise<ContactRecord[]> {
  const query = contactsPageQuery(options);
  return query ? db.$queryRaw<ContactRecord[]>(query) : [];
}

async function assertListInOrganization(orgId: string, listId: string): Promise<void> {
  const list = await db.contactList.findFirst({ where: { id: listId, orgId }, select: { id: true } });
  if (!list) throw new NotFoundError("List");
}
