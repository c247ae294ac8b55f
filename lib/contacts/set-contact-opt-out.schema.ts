import { z } from "zod";
import { ZContactId, ZOrgId } from "./contact-ids.schema";

export const ZSetContactOptOut = z.object({ orgId: ZOrgId, contactId: ZContactId, optedOut: z.boolean() });
export type SetContactOptOutInput = z.input<typeof ZSetContactOptOut>;
