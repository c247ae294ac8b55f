import { z } from "zod";
import { ZContactListId, ZOrgId } from "./contact-ids.schema";
import { ZContactListName } from "./contact-list.schema";

export const ZRenameContactList = z.object({ orgId: ZOrgId, listId: ZContactListId, name: ZContactListName });
export type RenameContactListInput = z.input<typeof ZRenameContactList>;
