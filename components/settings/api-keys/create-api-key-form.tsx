"use client";

import { useState, useTransition, type FormEvent } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import type { CreateApiKeyAction, CreatedApiKey } from "./api-key-action-result";
import styles from "./api-keys.module.css";

/** Names and creates a key; the parent shows its secret once. */
export function CreateApiKeyForm({
  create,
  onCreated,
}: {
  create: CreateApiKeyAction;
  onCreated: (created: CreatedApiKey) => void;
}) {
  const [name, setName] = useState("");
  const [nameError, setNameError] = useState<string | undefined>();
  const [message, setMessage] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (pending) return;
    setMessage(null);
    if (name.trim() === "") {
      setNameError("Name the key, e.g. after the system that will use it.");
      return;
    }
    startTransition(async () => {
      const result = await create(name);
      if (result.ok) {
        setName("");
        setNameError(undefined);
        onCreated(result.value);
      } else {
        setNameError(result.fieldErrors.name);
        setMessage(result.message);
      }
    });
  }

  return (
    <form className={styles.createForm} onSubmit={submit} noValidate>
      <Field
        id="api-key-name"
        label="Key name"
        hint="Say which system will use it, so you know what breaks if you revoke it."
        error={nameError}
        required
      >
        {(control) => (
          <Input
            {...control}
            name="name"
            value={name}
            maxLength={100}
            autoComplete="off"
            placeholder="e.g. Shop backend"
            onChange={(event) => setName(event.target.value)}
          />
        )}
      </Field>
      <div className={styles.createButton}>
        <Button type="submit" variant="primary" pending={pending}>
          {pending ? "Creating…" : "Create key"}
        </Button>
      </div>
      {message ? (
        <Alert tone="error" role="alert">
          {message}
        </Alert>
      ) : null}
    </form>
  );
}
