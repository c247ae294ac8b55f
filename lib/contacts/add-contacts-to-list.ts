import { db } from "@/lib/db";
import { ZListMembershipChange, type ListMembershipChangeInput } from "./list-membership.schema";
import { lockContactList } from "./lock-contact-list";
import { lockContacts } from "./lock-contacts";
import { parseInput } from "./parse-input";

export type ListMembershipChange = {
  /** Memberships actually created or removed (contacts already in, or not in, the list are not counted). */
  changed: number;
  memberCount: number;
};

/**
 * Adds contacts of the organization to one of its lists in one set-based
 * statement; the member count grows by the rows actually inserted. A list or
 * contact outside the organization throws NotFoundError and changes nothing.
 */
export async function addContactsToList(input: ListMembershipChangeInput): Promise<ListMembershipChange> {
  const { orgId, listId, contactIds } = parseInput(ZListMembershipChange, input);
  return db.$transaction(async (tx) => {
    await lockContactList(tx, { orgId, listId });
    await lockContacts(tx, { orgId, contactIds, mode: "key share" });
    const [result] = await tx.$queryRaw<ListMembershipChange[]>`
      WITH added AS (
        INSERT INTO contact_list_members ("listId", "contactId")
        SELECT ${listId}::uuid, unnest(${contactIds}::bigint[])
        ON CONFLICT DO NOTHING
        RETURNING 1
      )
      UPDATE contact_lists SET
        "memberCount" = "memberCount" + (SELECT count(*) FROM added), "updatedAt" = now()
      WHERE id = ${listId}::uuid
      RETURNING (SELECT count(*) FROM added)::int AS changed, "memberCount"`;
    return result!;
  });
}
