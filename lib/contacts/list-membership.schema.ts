import { z } from "zod";
import { ZContactIds, ZContactListId, ZOrgId } from "./contact-ids.schema";

/** Input of addContactsToList and removeContactsFromList. */
export const ZListMembershipChange = z.object({
  orgId: ZOrgId,
  listId: ZContactListId,
  contactIds: ZContactIds,
});
export type ListMembershipChangeInput = z.input<typeof ZListMembershipChange>;
