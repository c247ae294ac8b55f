import { db } from "@/lib/db";
import { ZListContactLists, type ListContactListsInput } from "./list-contact-lists.schema";
import { parseInput } from "./parse-input";

export type ContactListSummary = {
  id: string;
  name: string;
  description: string | null;
  /** Maintained counter, exact without counting. */
  memberCount: number;
  createdAt: Date;
};

/** All lists of the organization by name; organizations keep tens of lists, not thousands. */
export async function listContactLists(input: ListContactListsInput): Promise<ContactListSummary[]> {
  const { orgId } = parseInput(ZListContactLists, input);
  return db.contactList.findMany({
    where: { orgId },
    select: { id: true, name: true, description: true, memberCount: true, createdAt: true },
    orderBy: [{ name: "asc" }, { id: "asc" }],
  });
}
