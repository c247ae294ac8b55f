import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { rethrowListNameTaken } from "./list-name-taken";
import { parseInput } from "./parse-input";
import { ZRenameContactList, type RenameContactListInput } from "./rename-contact-list.schema";

/** Renames a list of the organization; NotFoundError for any other list, ValidationError for a taken name. */
export async function renameContactList(
  input: RenameContactListInput,
): Promise<{ id: string; name: string }> {
  const { orgId, listId, name } = parseInput(ZRenameContactList, input);
  let renamed: { count: number };
  try {
    renamed = await db.contactList.updateMany({ where: { id: listId, orgId }, data: { name } });
  } catch (error) {
    rethrowListNameTaken(error, name);
  }
  if (renamed.count === 0) throw new NotFoundError("List");
  return { id: listId, name };
}
