import { z } from "zod";
import { ZOrgId } from "./contact-ids.schema";

export const ZGetContactCount = z.object({ orgId: ZOrgId });
export type GetContactCountInput = z.input<typeof ZGetContactCount>;
