import { z } from "zod";
import { ZContactListDescription, ZContactListName } from "@/lib/contacts";

export const ZApiCreateList = z
  .object({ name: ZContactListName, description: ZContactListDescription })
  .strict();

export const ZApiListParams = z.object({ id: z.guid() });
