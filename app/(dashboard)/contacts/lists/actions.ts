"use server";

import type { ActionState } from "@/components/contacts/action-state";
import { createContactList, deleteContactList, renameContactList } from "@/lib/contacts";
import { runFormAction } from "../run-form-action";
import { ZCreateListForm, ZDeleteListForm, ZRenameListForm } from "./list-forms.schema";

export async function createListAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return runFormAction({
    schema: ZCreateListForm,
    input: { name: formData.get("name") ?? "", description: formData.get("description") ?? "" },
    run: async ({ name, description }, { orgId }) => {
      const list = await createContactList({ orgId, name, description });
      return `Created ${list.name}.`;
    },
  });
}

export async function renameListAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return runFormAction({
    schema: ZRenameListForm,
    input: { listId: formData.get("listId"), name: formData.get("name") ?? "" },
    run: async ({ listId, name }, { orgId }) => {
      const list = await renameContactList({ orgId, listId, name });
      return `Renamed to ${list.name}.`;
    },
  });
}

export async function deleteListAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return runFormAction({
    schema: ZDeleteListForm,
    input: { listId: formData.get("listId") },
    run: async ({ listId }, { orgId }) => {
      await deleteContactList({ orgId, listId });
      return "List deleted. Its contacts are still in All contacts.";
    },
  });
}
