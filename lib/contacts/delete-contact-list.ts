import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { ZDeleteContactList, type DeleteContactListInput } from "./delete-contact-list.schema";
import { parseInput } from "./parse-input";

/** Deletes a list of the organization and its memberships; the contacts themselves stay. */
export async function deleteContactList(input: DeleteContactListInput): Promise<void> {
  const { orgId, listId } = parseInput(ZDeleteContactList, input);
  const deleted = await db.contactList.deleteMany({ where: { id: listId, orgId } });
  if (deleted.count === 0) throw new NotFoundError("List");
}
