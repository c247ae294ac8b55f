"use client";

import { useActionState, useState } from "react";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { IDLE, type FormAction } from "./action-state";
import { SubmitButton } from "./submit-button";
import styles from "./bulk-actions.module.css";

/** Deletes one contact after a confirmation; the action goes back to the contacts table. */
export function DeleteContactButton({
  contactId,
  label,
  action,
}: {
  contactId: string;
  label: string;
  action: FormAction;
}) {
  const [open, setOpen] = useState(false);
  const [state, formAction] = useActionState(action, IDLE);
  return (
    <>
      <Button variant="danger" onClick={() => setOpen(true)}>
        Delete contact…
      </Button>
      <ConfirmDialog
        open={open}
        title={`Delete ${label}?`}
        onClose={() => setOpen(false)}
        actions={
          <form action={formAction} className={styles.dialogActions}>
            <input type="hidden" name="contactId" value={contactId} />
            <Button variant="secondary" onClick={() => setOpen(false)}>
              Cancel
            </Button>
            <SubmitButton variant="danger" pendingLabel="Deleting…">
              Delete contact
            </SubmitButton>
          </form>
        }
      >
        <p>
          The contact is removed from every list. This cannot be undone. To keep the contact but never message
          them again, opt them out instead.
        </p>
        {state.status === "error" ? (
          <p className={styles.error} role="alert">
            {state.message}
          </p>
        ) : null}
      </ConfirmDialog>
    </>
  );
}
