"use client";

import { useActionState, useEffect, useRef, useState } from "react";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { ActionMessage } from "./action-message";
import { IDLE, type ActionState, type FormAction } from "./action-state";
import { SubmitButton } from "./submit-button";
import styles from "./list-forms.module.css";

/** Name and description of a new list; errors appear next to the field they concern. */
export function CreateListForm({ action }: { action: FormAction }) {
  const [name, setName] = useState("");
  const [description, setDescription] = useState("");
  const nameRef = useRef<HTMLInputElement>(null);
  const [state, formAction] = useActionState(async (previous: ActionState, formData: FormData) => {
    const result = await action(previous, formData);
    if (result.status === "success") {
      setName("");
      setDescription("");
    }
    return result;
  }, IDLE);

  useEffect(() => {
    if (state.fieldErrors?.name) nameRef.current?.focus();
  }, [state]);

  return (
    <form action={formAction} className={styles.form} noValidate>
      <Field id="list-name" label="Name" error={state.fieldErrors?.name} required>
        {(control) => (
          <Input
            {...control}
            ref={nameRef}
            name="name"
            value={name}
            onChange={(event) => setName(event.target.value)}
            maxLength={100}
            autoComplete="off"
            placeholder="e.g. Newsletter subscribers"
          />
        )}
      </Field>
      <Field id="list-description" label="Description (optional)" error={state.fieldErrors?.description}>
        {(control) => (
          <Input
            {...control}
            name="description"
            value={description}
            onChange={(event) => setDescription(event.target.value)}
            maxLength={500}
            autoComplete="off"
          />
        )}
      </Field>
      <div className={styles.footer}>
        <SubmitButton variant="primary" pendingLabel="Creating…">
          Create list
        </SubmitButton>
      </div>
      {/* Field errors are shown at their fields; this says what happened otherwise. */}
      <ActionMessage
        state={state.fieldErrors?.name || state.fieldErrors?.description ? IDLE : state}
        className={styles.formMessage}
      />
    </form>
  );
}
