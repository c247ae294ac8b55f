import { db } from "@/lib/db";
import { ZCreateContactList, type CreateContactListInput } from "./create-contact-list.schema";
import { rethrowListNameTaken } from "./list-name-taken";
import type { ContactListSummary } from "./list-contact-lists";
import { parseInput } from "./parse-input";

/** Creates an empty list; a name already used in the organization is a ValidationError on "name". */
export async function createContactList(input: CreateContactListInput): Promise<ContactListSummary> {
  const { orgId, name, description } = parseInput(ZCreateContactList, input);
  try {
    return await db.contactList.create({
      data: { orgId, name, description: description ?? null },
      select: { id: true, name: true, description: true, memberCount: true, createdAt: true },
    });
  } catch (error) {
    rethrowListNameTaken(error, name);
  }
}
