import type { Prisma } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";

/** Locks a list of the organization for the transaction (its member count changes), or throws NotFoundError. */
export async function lockContactList(
  tx: Prisma.TransactionClient,
  options: { orgId: string; listId: string },
): Promise<void> {
  const found = await tx.$queryRaw<{ id: string }[]>`
    SELECT id FROM contact_lists WHERE id = ${options.listId}::uuid AND "orgId" = ${options.orgId}::uuid FOR UPDATE`;
  if (found.length === 0) throw new NotFoundError("List");
}
