import { z } from "zod";
import { ZContactIds, ZOrgId } from "./contact-ids.schema";

export const ZDeleteContacts = z.object({ orgId: ZOrgId, contactIds: ZContactIds });
export type DeleteContactsInput = z.input<typeof ZDeleteContacts>;
