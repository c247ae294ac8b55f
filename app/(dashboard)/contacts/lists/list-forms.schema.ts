import { z } from "zod";
import { ZContactListId, ZContactListName } from "@/lib/contacts";

export const ZCreateListForm = z.object({
  name: ZContactListName,
  description: z.string().trim().max(500, "Keep the description under 500 characters."),
});

export const ZRenameListForm = z.object({ listId: ZContactListId, name: ZContactListName });

export const ZDeleteListForm = z.object({ listId: ZContactListId });
