import { z } from "zod";
import { ZContactListId, ZOrgId } from "./contact-ids.schema";

export const CONTACT_SORTS = ["newest", "oldest", "name", "phone"] as const;
export const ZContactSort = z.enum(CONTACT_SORTS);
export type ContactSort = z.infer<typeof ZContactSort>;

export const DEFAULT_PAGE_SIZE = 50;
export const MAX_PAGE_SIZE = 200;

export const ZListContacts = z.object({
  orgId: ZOrgId,
  /** Only members of this list. */
  listId: ZContactListId.optional(),
  /** true: only opted-out contacts; false: only contacts who can be messaged. */
  optedOut: z.boolean().optional(),
  /** Part of a phone number, name or email. */
  search: z.string().trim().max(100, "Keep the search under 100 characters.").optional(),
  sort: ZContactSort.default("newest"),
  /** From a previous answer's nextCursor or previousCursor. */
  cursor: z.string().max(2000).optional(),
  limit: z.number().int().min(1).max(MAX_PAGE_SIZE).default(DEFAULT_PAGE_SIZE),
});
export type ListContactsInput = z.input<typeof ZListContacts>;
