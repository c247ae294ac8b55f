import { db } from "@/lib/db";

/** The lists each contact of one page is in, by contact id; one query for the whole page. */
export async function findListsOfContacts(options: {
  orgId: string;
  contactIds: bigint[];
}): Promise<Map<bigint, { id: string; name: string }[]>> {
  const byContact = new Map<bigint, { id: string; name: string }[]>();
  if (options.contactIds.length === 0) return byContact;
  const rows = await db.$queryRaw<{ contactId: bigint; id: string; name: string }[]>`
    SELECT m."contactId", l.id, l.name
    FROM contact_list_members m JOIN contact_lists l ON l.id = m."listId"
    WHERE m."contactId" = ANY(${options.contactIds}::bigint[]) AND l."orgId" = ${options.orgId}::uuid
    ORDER BY l.name, l.id`;
  for (const row of rows) {
    const lists = byContact.get(row.contactId) ?? [];
    lists.push({ id: row.id, name: row.name });
    byContact.set(row.contactId, lists);
  }
  return byContact;
}
