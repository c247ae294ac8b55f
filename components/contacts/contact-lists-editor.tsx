"use client";

import Link from "next/link";
import { useActionState } from "react";
import { Select } from "@/components/ui/select";
import { ActionMessage } from "./action-message";
import { IDLE, type ActionState, type FormAction } from "./action-state";
import { SubmitButton } from "./submit-button";
import styles from "./contact-card-forms.module.css";

type ListRef = { id: string; name: string };

type ContactListsEditorProps = {
  contactId: string;
  /** The lists the contact is in. */
  memberOf: ListRef[];
  /** Every list of the organization. */
  allLists: ListRef[];
  actions: { add: FormAction; remove: FormAction };
};

/** The lists one contact is in, with a remove button each and a picker to add it to another. */
export function ContactListsEditor({ contactId, memberOf, allLists, actions }: ContactListsEditorProps) {
  const [state, dispatch] = useActionState(async (previous: ActionState, formData: FormData) => {
    const intent = formData.get("intent") === "remove" ? "remove" : "add";
    return actions[intent](previous, formData);
  }, IDLE);
  const memberIds = new Set(memberOf.map((list) => list.id));
  const addable = allLists.filter((list) => !memberIds.has(list.id));

  return (
    <div className={styles.stack}>
      {memberOf.length > 0 ? (
        <ul role="list" className={styles.lists}>
          {memberOf.map((list) => (
            <li key={list.id} className={styles.listItem}>
              <Link href={`/contacts?list=${list.id}`}>{list.name}</Link>
              <form action={dispatch}>
                <input type="hidden" name="intent" value="remove" />
                <input type="hidden" name="contactId" value={contactId} />
                <input type="hidden" name="listId" value={list.id} />
                <SubmitButton
                  variant="ghost"
                  size="sm"
                  pendingLabel="Removing…"
                  aria-label={`Remove from ${list.name}`}
                >
                  Remove
                </SubmitButton>
              </form>
            </li>
          ))}
        </ul>
      ) : (
        <p className={styles.explanation}>Not in any list yet.</p>
      )}
      {addable.length > 0 ? (
        <form action={dispatch} className={styles.addForm}>
          <input type="hidden" name="intent" value="add" />
          <input type="hidden" name="contactId" value={contactId} />
          <label htmlFor="contact-add-list" className={styles.label}>
            Add to list
          </label>
          <div className={styles.addRow}>
            <Select
              id="contact-add-list"
              name="listId"
              defaultValue=""
              required
              aria-invalid={state.fieldErrors?.listId ? true : undefined}
              aria-describedby={state.fieldErrors?.listId ? "contact-add-list-error" : undefined}
            >
              <option value="" disabled>
                Choose a list
              </option>
              {addable.map((list) => (
                <option key={list.id} value={list.id}>
                  {list.name}
                </option>
              ))}
            </Select>
            <SubmitButton pendingLabel="Adding…">Add</SubmitButton>
          </div>
          {state.fieldErrors?.listId ? (
            <p id="contact-add-list-error" className={styles.fieldError}>
              {state.fieldErrors.listId}
            </p>
          ) : null}
        </form>
      ) : allLists.length === 0 ? (
        <p className={styles.explanation}>
          <Link href="/contacts/lists">Create a list</Link> to group contacts for campaigns.
        </p>
      ) : null}
      <ActionMessage state={state} />
    </div>
  );
}
