import { z } from "zod";
import { ZContactListId, ZOrgId } from "./contact-ids.schema";

export const ZDeleteContactList = z.object({ orgId: ZOrgId, listId: ZContactListId });
export type DeleteContactListInput = z.input<typeof ZDeleteContactList>;
