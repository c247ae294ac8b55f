import { db } from "@/lib/db";
import { ZDeleteContacts, type DeleteContactsInput } from "./delete-contacts.schema";
import { lockContacts } from "./lock-contacts";
import { parseInput } from "./parse-input";

/**
 * Deletes contacts of the organization in two set-based statements and keeps
 * the organization's contact count and every affected list's member count
 * exact in the same transaction. All or nothing: one id that is not the
 * organization's makes it throw NotFoundError and delete nothing.
 */
export async function deleteContacts(input: DeleteContactsInput): Promise<{ deleted: number }> {
  const { orgId, contactIds } = parseInput(ZDeleteContacts, input);
  return db.$transaction(async (tx) => {
    await lockContacts(tx, { orgId, contactIds, mode: "update" });
    // A second statement, so its snapshot sees every membership committed before the lock.
    // Data-modifying CTEs all run to completion whether or not the final SELECT reads them.
    const [result] = await tx.$queryRaw<{ deleted: number }[]>`
      WITH removed_memberships AS (
        DELETE FROM contact_list_members WHERE "contactId" = ANY(${contactIds}::bigint[]) RETURNING "listId"
      ), per_list AS (
        SELECT "listId", count(*)::int AS removed FROM removed_memberships GROUP BY "listId"
      ), counted_lists AS (
        UPDATE contact_lists l SET "memberCount" = l."memberCount" - p.removed, "updatedAt" = now()
        FROM per_list p WHERE l.id = p."listId"
      ), deleted AS (
        DELETE FROM contacts WHERE "orgId" = ${orgId}::uuid AND id = ANY(${contactIds}::bigint[]) RETURNING id
      ), counted_org AS (
        UPDATE organizations SET "contactCount" = "contactCount" - (SELECT count(*) FROM deleted)
        WHERE id = ${orgId}::uuid
      )
      SELECT count(*)::int AS deleted FROM deleted`;
    return { deleted: result?.deleted ?? 0 };
  });
}
