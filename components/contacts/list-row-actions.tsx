"use client";

import { useActionState, useState } from "react";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { buttonClassName } from "@/components/ui/button-class-name";
import { IDLE, type ActionState, type FormAction } from "./action-state";
import { formatCount } from "./format-count";
import { SubmitButton } from "./submit-button";
import styles from "./list-forms.module.css";

type ListRowActionsProps = {
  list: { id: string; name: string; memberCount: number };
  actions: { rename: FormAction; delete: FormAction };
};

/** Rename (in a dialog with its field error), export as CSV, and delete after confirming. */
export function ListRowActions({ list, actions }: ListRowActionsProps) {
  const [dialog, setDialog] = useState<"rename" | "delete" | null>(null);
  // Controlled, so a refused name stays in the field to be corrected.
  const [newName, setNewName] = useState(list.name);
  const close = () => setDialog(null);
  // Dialogs are mounted only while open: a page of lists keeps one set of controls per row, not three forms.
  const closingOnSuccess = (action: FormAction) => async (previous: ActionState, formData: FormData) => {
    const result = await action(previous, formData);
    if (result.status === "success") close();
    return result;
  };
  const [renameState, renameAction] = useActionState(closingOnSuccess(actions.rename), IDLE);
  const [deleteState, deleteAction] = useActionState(closingOnSuccess(actions.delete), IDLE);

  return (
    <div className={styles.rowActions}>
      <Button
        size="sm"
        variant="ghost"
        onClick={() => setDialog("rename")}
        aria-label={`Rename ${list.name}`}
      >
        Rename
      </Button>
      {/* A plain link: the browser downloads the streamed file itself. */}
      <a
        href={`/contacts/lists/${list.id}/export`}
        className={buttonClassName({ variant: "ghost", size: "sm" })}
        aria-label={`Export ${list.name} as CSV`}
        download
      >
        Export CSV
      </a>
      <Button
        size="sm"
        variant="ghost"
        onClick={() => setDialog("delete")}
        aria-label={`Delete ${list.name}`}
      >
        Delete
      </Button>

      {dialog === "rename" ? (
        <ConfirmDialog
          open
          title={`Rename ${list.name}`}
          onClose={close}
          actions={
            <form action={renameAction} className={styles.dialogForm} noValidate>
              <input type="hidden" name="listId" value={list.id} />
              <Field id={`rename-${list.id}`} label="New name" error={renameState.fieldErrors?.name} required>
                {(control) => (
                  <Input
                    {...control}
                    name="name"
                    value={newName}
                    onChange={(event) => setNewName(event.target.value)}
                    maxLength={100}
                    autoComplete="off"
                  />
                )}
              </Field>
              {renameState.status === "error" && !renameState.fieldErrors?.name ? (
                <p className={styles.error} role="alert">
                  {renameState.message}
                </p>
              ) : null}
              <div className={styles.dialogButtons}>
                <Button variant="secondary" onClick={close}>
                  Cancel
                </Button>
                <SubmitButton variant="primary" pendingLabel="Saving…">
                  Rename
                </SubmitButton>
              </div>
            </form>
          }
        >
          <p>Campaigns and imports that use this list keep using it under its new name.</p>
        </ConfirmDialog>
      ) : null}

      {dialog === "delete" ? (
        <ConfirmDialog
          open
          title={`Delete ${list.name}?`}
          onClose={close}
          actions={
            <form action={deleteAction} className={styles.dialogButtons}>
              <input type="hidden" name="listId" value={list.id} />
              <Button variant="secondary" onClick={close}>
                Cancel
              </Button>
              <SubmitButton variant="danger" pendingLabel="Deleting…">
                Delete list
              </SubmitButton>
            </form>
          }
        >
          <p>
            The list goes away; its {formatCount(list.memberCount, "contact")} stay in All contacts and in any
            other list they are in.
          </p>
          {deleteState.status === "error" ? (
            <p className={styles.error} role="alert">
              {deleteState.message}
            </p>
          ) : null}
        </ConfirmDialog>
      ) : null}
    </div>
  );
}
