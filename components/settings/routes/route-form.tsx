"use client";

import { useState, useTransition, type FormEvent } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { MAX_PREFIX_DIGITS, type RouteDraft, type RouteField } from "@/lib/smpp/routing/client";
import type { RouteActions } from "./route-action-result";
import styles from "./routes.module.css";

export type RouteFormInitial = { id: string | null; prefix: string; connectorId: string; enabled: boolean };

type RouteFormProps = {
  initial: RouteFormInitial;
  connectors: Array<{ id: string; name: string; enabled: boolean }>;
  save: RouteActions["save"];
  onDone: (saved: RouteDraft | null) => void;
};

/** Adds a route, or edits one: prefix, connector, in use. Errors show at their field; what was typed stays. */
export function RouteForm({ initial, connectors, save, onDone }: RouteFormProps) {
  const [values, setValues] = useState<RouteDraft>({
    prefix: initial.prefix,
    connectorId: initial.connectorId,
    enabled: initial.enabled,
  });
  const [fieldErrors, setFieldErrors] = useState<Partial<Record<RouteField, string>>>({});
  const [message, setMessage] = useState<string | null>(null);
  const [pending, startSave] = useTransition();
  const editing = initial.id !== null;

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (pending) return;
    startSave(async () => {
      const result = await save(initial.id, values);
      if (result.ok) {
        onDone(values);
        return;
      }
      setFieldErrors(result.fieldErrors);
      setMessage(result.message);
    });
  }

  return (
    <form className={styles.form} onSubmit={submit} noValidate aria-labelledby="route-form-title">
      <p id="route-form-title" className={styles.legend}>
        {editing ? "Edit route" : "Add a route"}
      </p>
      <div role="alert">{message ? <Alert tone="error">{message}</Alert> : null}</div>
      <div className={styles.fields}>
        <Field
          id="route-prefix"
          label="Destination prefix"
          hint={`Digits the number starts with, such as +49 (up to ${MAX_PREFIX_DIGITS}). Empty: all destinations.`}
          error={fieldErrors.prefix}
        >
          {(control) => (
            <Input
              {...control}
              name="prefix"
              inputMode="tel"
              autoComplete="off"
              placeholder="+49"
              value={values.prefix}
              onChange={(event) => setValues({ ...values, prefix: event.target.value })}
            />
          )}
        </Field>
        <Field
          id="route-connector"
          label="Connector"
          hint="A new route is tried after the routes already set for its prefix."
          error={fieldErrors.connectorId}
          required
        >
          {(control) => (
            <Select
              {...control}
              name="connectorId"
              value={values.connectorId}
              onChange={(event) => setValues({ ...values, connectorId: event.target.value })}
            >
              <option value="">Choose a connector</option>
              {connectors.map((connector) => (
                <option key={connector.id} value={connector.id}>
                  {connector.name}
                  {connector.enabled ? "" : " (turned off)"}
                </option>
              ))}
            </Select>
          )}
        </Field>
      </div>
      <label className={styles.checkbox} htmlFor="route-enabled">
        <input
          id="route-enabled"
          type="checkbox"
          name="enabled"
          checked={values.enabled}
          onChange={(event) => setValues({ ...values, enabled: event.target.checked })}
        />
        Use this route
      </label>
      <div className={styles.formActions}>
        <Button type="submit" variant="primary" pending={pending}>
          {pending ? "Saving…" : editing ? "Save route" : "Add route"}
        </Button>
        <Button variant="ghost" onClick={() => onDone(null)}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
