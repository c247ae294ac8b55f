"use client";

import { useActionState, useState } from "react";
import { Select } from "@/components/ui/select";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { ActionMessage } from "./action-message";
import { IDLE, type ActionState, type FormAction } from "./action-state";
import { formatCount } from "./format-count";
import { SubmitButton } from "./submit-button";
import styles from "./bulk-actions.module.css";

type BulkActionsProps = {
  selectedIds: string[];
  lists: { id: string; name: string }[];
  currentList: { id: string; name: string } | null;
  actions: { add: FormAction; remove: FormAction; delete: FormAction };
  /** Called after an action succeeded, to clear the selection. */
  onDone: () => void;
};

type Intent = keyof BulkActionsProps["actions"];

/** Add to a list, take out of the shown list, or delete the selected contacts (after confirming). */
export function BulkActions({ selectedIds, lists, currentList, actions, onDone }: BulkActionsProps) {
  const [confirmingDelete, setConfirmingDelete] = useState(false);
  const [state, dispatch] = useActionState(async (previous: ActionState, formData: FormData) => {
    const intent = formData.get("intent") as Intent;
    const result = await actions[intent](previous, formData);
    if (result.status === "success") {
      setConfirmingDelete(false);
      onDone();
    }
    return result;
  }, IDLE);
  const count = selectedIds.length;
  const hiddenIds = selectedIds.map((id) => <input key={id} type="hidden" name="contactId" value={id} />);

  return (
    <div className={styles.bar}>
      {count > 0 ? (
        <div className={styles.controls} role="group" aria-label="Selected contacts">
          <p className={styles.count}>{formatCount(count, "contact")} selected</p>
          {lists.length > 0 ? (
            <form action={dispatch} className={styles.inline}>
              <input type="hidden" name="intent" value="add" />
              {hiddenIds}
              <label htmlFor="bulk-add-list" className="visually-hidden">
                List to add the selected contacts to
              </label>
              <Select id="bulk-add-list" name="listId" defaultValue="" required className={styles.select}>
                <option value="" disabled>
                  Add to list…
                </option>
                {lists.map((list) => (
                  <option key={list.id} value={list.id}>
                    {list.name}
                  </option>
                ))}
              </Select>
              <SubmitButton size="sm" pendingLabel="Adding…">
                Add
              </SubmitButton>
            </form>
          ) : null}
          {currentList ? (
            <form action={dispatch}>
              <input type="hidden" name="intent" value="remove" />
              <input type="hidden" name="listId" value={currentList.id} />
              {hiddenIds}
              <SubmitButton size="sm" pendingLabel="Removing…">
                Remove from {currentList.name}
              </SubmitButton>
            </form>
          ) : null}
          <Button size="sm" variant="danger" onClick={() => setConfirmingDelete(true)}>
            Delete…
          </Button>
        </div>
      ) : null}
      <ConfirmDialog
        open={confirmingDelete && count > 0}
        title={`Delete ${formatCount(count, "contact")}?`}
        onClose={() => setConfirmingDelete(false)}
        actions={
          <form action={dispatch} className={styles.dialogActions}>
            <input type="hidden" name="intent" value="delete" />
            {hiddenIds}
            <Button variant="secondary" onClick={() => setConfirmingDelete(false)}>
              Cancel
            </Button>
            <SubmitButton variant="danger" pendingLabel="Deleting…">
              Delete {formatCount(count, "contact")}
            </SubmitButton>
          </form>
        }
      >
        <p>
          Deleted contacts are removed from every list and from your contact count. This cannot be undone. To
          keep a contact but never message them again, open it and opt it out instead.
        </p>
        {state.status === "error" && confirmingDelete ? (
          <p className={styles.error}>{state.message}</p>
        ) : null}
      </ConfirmDialog>
      <ActionMessage state={state} />
    </div>
  );
}
