import { z } from "zod";
import { ZOrgId } from "./contact-ids.schema";
import { ZContactListDescription, ZContactListName } from "./contact-list.schema";

export const ZCreateContactList = z.object({
  orgId: ZOrgId,
  name: ZContactListName,
  description: ZContactListDescription,
});
export type CreateContactListInput = z.input<typeof ZCreateContactList>;
