import { z } from "zod";
import { ZContactId, ZOrgId } from "./contact-ids.schema";

export const ZGetContact = z.object({ orgId: ZOrgId, contactId: ZContactId });
export type GetContactInput = z.input<typeof ZGetContact>;
