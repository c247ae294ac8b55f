"use server";

import { redirect } from "next/navigation";
import type { ActionState } from "@/components/contacts/action-state";
import { formatCount } from "@/components/contacts/format-count";
import { addContactsToList, deleteContacts, removeContactsFromList, setContactOptOut } from "@/lib/contacts";
import { ZContactsForm, ZListMembershipForm, ZOptOutForm } from "./contact-forms.schema";
import { runFormAction } from "./run-form-action";

export async function deleteContactsAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return runFormAction({
    schema: ZContactsForm,
    input: { contactIds: formData.getAll("contactId") },
    run: async ({ contactIds }, { orgId }) => {
      const { deleted } = await deleteContacts({ orgId, contactIds });
      return `Deleted ${formatCount(deleted, "contact")}.`;
    },
  });
}

/** The contact page's delete: back to the contacts table once it is gone. */
export async function deleteContactAction(previous: ActionState, formData: FormData): Promise<ActionState> {
  const result = await deleteContactsAction(previous, formData);
  if (result.status === "success") redirect("/contacts");
  return result;
}

export async function addContactsToListAction(
  _previous: ActionState,
  formData: FormData,
): Promise<ActionState> {
  return runFormAction({
    schema: ZListMembershipForm,
    input: { contactIds: formData.getAll("contactId"), listId: formData.get("listId") ?? "" },
    run: async ({ contactIds, listId }, { orgId }) => {
      const { changed } = await addContactsToList({ orgId, listId, contactIds });
      const already = contactIds.length - changed;
      return `Added ${formatCount(changed, "contact")} to the list${already > 0 ? ` (${already} already in it)` : ""}.`;
    },
  });
}

export async function removeContactsFromListAction(
  _previous: ActionState,
  formData: FormData,
): Promise<ActionState> {
  return runFormAction({
    schema: ZListMembershipForm,
    input: { contactIds: formData.getAll("contactId"), listId: formData.get("listId") ?? "" },
    run: async ({ contactIds, listId }, { orgId }) => {
      const { changed } = await removeContactsFromList({ orgId, listId, contactIds });
      return `Removed ${formatCount(changed, "contact")} from the list.`;
    },
  });
}

export async function setContactOptOutAction(
  _previous: ActionState,
  formData: FormData,
): Promise<ActionState> {
  return runFormAction({
    schema: ZOptOutForm,
    input: { contactId: formData.get("contactId"), optedOut: formData.get("optedOut") },
    run: async ({ contactId, optedOut }, { orgId }) => {
      const result = await setContactOptOut({ orgId, contactId, optedOut: optedOut === "true" });
      return result.optedOut
        ? "Opted out. This contact will not be sent campaign messages."
        : "Opted back in. This contact can be sent campaign messages again.";
    },
  });
}
