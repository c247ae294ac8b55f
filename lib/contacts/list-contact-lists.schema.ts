import { z } from "zod";
import { ZOrgId } from "./contact-ids.schema";

export const ZListContactLists = z.object({ orgId: ZOrgId });
export type ListContactListsInput = z.input<typeof ZListContactLists>;
