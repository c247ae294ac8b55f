import { Prisma } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";

/**
 * Locks the given contacts of the organization for the rest of the
 * transaction, or throws NotFoundError if any of them is not the
 * organization's: a guessed id from another organization changes nothing.
 * "update" (deleting) also stops new list memberships from referencing them;
 * "key share" (adding to a list) only keeps them from being deleted meanwhile.
 */
export async function lockContacts(
  tx: Prisma.TransactionClient,
  options: { orgId: string; contactIds: bigint[]; mode: "update" | "key share" },
): Promise<void> {
  const lock = Prisma.raw(options.mode === "update" ? "FOR UPDATE" : "FOR KEY SHARE");
  const found = await tx.$queryRaw<{ id: bigint }[]>`
    SELECT id FROM contacts
    WHERE "orgId" = ${options.orgId}::uuid AND id = ANY(${options.contactIds}::bigint[])
    ${lock}`;
  if (found.length !== options.contactIds.length) throw new NotFoundError("Contact");
}
