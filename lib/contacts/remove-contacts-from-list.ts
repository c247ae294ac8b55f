import { db } from "@/lib/db";
import type { ListMembershipChange } from "./add-contacts-to-list";
import { ZListMembershipChange, type ListMembershipChangeInput } from "./list-membership.schema";
import { lockContactList } from "./lock-contact-list";
import { lockContacts } from "./lock-contacts";
import { parseInput } from "./parse-input";

/**
 * Removes contacts from one of the organization's lists in one set-based
 * statement; the member count shrinks by the rows actually deleted. The
 * contacts stay. A list or contact outside the organization throws
 * NotFoundError and changes nothing.
 */
export async function removeContactsFromList(
  input: ListMembershipChangeInput,
): Promise<ListMembershipChange> {
  const { orgId, listId, contactIds } = parseInput(ZListMembershipChange, input);
  return db.$transaction(async (tx) => {
    await lockContactList(tx, { orgId, listId });
    await lockContacts(tx, { orgId, contactIds, mode: "key share" });
    const [result] = await tx.$queryRaw<ListMembershipChange[]>`
      WITH removed AS (
        DELETE FROM contact_list_members
        WHERE "listId" = ${listId}::uuid AND "contactId" = ANY(${contactIds}::bigint[])
        RETURNING 1
      )
      UPDATE contact_lists SET
        "memberCount" = "memberCount" - (SELECT count(*) FROM removed), "updatedAt" = now()
      WHERE id = ${listId}::uuid
      RETURNING (SELECT count(*) FROM removed)::int AS changed, "memberCount"`;
    return result!;
  });
}
