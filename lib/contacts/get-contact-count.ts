import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { ZGetContactCount, type GetContactCountInput } from "./get-contact-count.schema";
import { parseInput } from "./parse-input";

/** How many contacts the organization has, from the maintained counter (never COUNT(*)). */
export async function getContactCount(input: GetContactCountInput): Promise<number> {
  const { orgId } = parseInput(ZGetContactCount, input);
  const organization = await db.organization.findUnique({
    where: { id: orgId },
    select: { contactCount: true },
  });
  if (!organization) throw new NotFoundError("Organization");
  return organization.contactCount;
}
