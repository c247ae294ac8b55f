import { z } from "zod";
import { MAX_CONTACTS_PER_ACTION, ZContactId, ZContactListId } from "@/lib/contacts";

/** The contacts a form acts on: one hidden `contactId` input per selected contact. */
const ZSelectedContacts = z
  .array(ZContactId)
  .min(1, "Select at least one contact.")
  .max(MAX_CONTACTS_PER_ACTION, `Select at most ${MAX_CONTACTS_PER_ACTION} contacts at once.`);

export const ZContactsForm = z.object({ contactIds: ZSelectedContacts });

export const ZListMembershipForm = z.object({
  contactIds: ZSelectedContacts,
  listId: z.string({ error: "Choose a list." }).min(1, "Choose a list.").pipe(ZContactListId),
});

export const ZOptOutForm = z.object({ contactId: ZContactId, optedOut: z.enum(["true", "false"]) });
