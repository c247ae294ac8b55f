"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition, type FormEvent, type InputHTMLAttributes, type ReactNode } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { ButtonLink } from "@/components/ui/button-link";
import { Field, type FieldControlProps } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import type { ConnectorDraft, ConnectorField } from "@/lib/smpp";
import type { SaveConnectorAction } from "./connector-action-result";
import { BIND_MODE_LABELS, NPI_OPTIONS, TON_OPTIONS } from "./smpp-numbering";
import styles from "./connector-form.module.css";

/** The settings the form starts from: a saved connector's (no password), or the defaults. */
export type ConnectorFormInitial = Omit<ConnectorDraft, "password"> & {
  /** Null for a new connector. */
  id: string | null;
  hasPassword: boolean;
};

type NumberField =
  | "port"
  | "throughputPerSecond"
  | "windowSize"
  | "binds"
  | "sourceTon"
  | "sourceNpi"
  | "destTon"
  | "destNpi"
  | "enquireLinkSeconds"
  | "responseTimeoutSeconds";

/** What the inputs hold: numbers as typed, so nothing typed is lost or rewritten. */
type FormValues = Omit<ConnectorDraft, NumberField> & Record<NumberField, string>;

const NUMBER_FIELDS: readonly NumberField[] = [
  "port",
  "throughputPerSecond",
  "windowSize",
  "binds",
  "sourceTon",
  "sourceNpi",
  "destTon",
  "destNpi",
  "enquireLinkSeconds",
  "responseTimeoutSeconds",
];

/** Fields in the order they appear, so the first one with an error gets the focus. */
const FIELD_ORDER: readonly ConnectorField[] = [
  "name",
  "host",
  "port",
  "tls",
  "systemId",
  "password",
  "systemType",
  "bindMode",
  "binds",
  "windowSize",
  "throughputPerSecond",
  "sourceTon",
  "sourceNpi",
  "destTon",
  "destNpi",
  "enquireLinkSeconds",
  "responseTimeoutSeconds",
  "enabled",
];

const fieldId = (field: ConnectorField) => `connector-${field}`;

function toValues(initial: ConnectorFormInitial): FormValues {
  const values = { ...initial, password: "" } as Record<string, unknown>;
  for (const field of NUMBER_FIELDS) values[field] = String(initial[field]);
  return values as FormValues;
}

/** An empty or unreadable number goes to the server as NaN, which answers with the field's range. */
function toDraft(values: FormValues): ConnectorDraft {
  const draft = { ...values } as Record<string, unknown>;
  for (const field of NUMBER_FIELDS) {
    const text = values[field].trim();
    draft[field] = text === "" ? Number.NaN : Number(text);
  }
  return draft as ConnectorDraft;
}

type FieldErrors = Partial<Record<ConnectorField, string>>;

/** Every setting of an SMPP connector, grouped as a carrier's onboarding sheet lists them. */
export function ConnectorForm({
  initial,
  saveAction,
}: {
  initial: ConnectorFormInitial;
  saveAction: SaveConnectorAction;
}) {
  const router = useRouter();
  const [values, setValues] = useState<FormValues>(() => toValues(initial));
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [saving, startSaving] = useTransition();
  const isNew = initial.id === null;

  function set<K extends keyof FormValues>(field: K, value: FormValues[K]) {
    setValues((current) => ({ ...current, [field]: value }));
    if (fieldErrors[field]) setFieldErrors((current) => ({ ...current, [field]: undefined }));
  }

  function save(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (saving) return;
    setFormError(null);
    startSaving(async () => {
      const result = await saveAction(initial.id, toDraft(values));
      if (!result.ok) {
        // Everything typed stays in the form; only the messages change.
        setFieldErrors(result.fieldErrors);
        setFormError(result.message);
        const first = FIELD_ORDER.find((field) => result.fieldErrors[field]);
        if (first) document.getElementById(fieldId(first))?.focus();
        return;
      }
      router.push(`/settings?${isNew ? "added" : "saved"}=${result.value.id}#smpp`);
    });
  }

  /** A text input wired to its field's value and error. */
  function text(
    field: Exclude<keyof FormValues, "tls" | "enabled" | "bindMode">,
    extra: InputHTMLAttributes<HTMLInputElement> = {},
  ) {
    return function renderInput(control: FieldControlProps): ReactNode {
      return (
        <Input
          {...control}
          name={field}
          value={values[field]}
          onChange={(event) => set(field, event.target.value)}
          autoComplete="off"
          {...extra}
        />
      );
    };
  }

  function numberSelect(
    field: "sourceTon" | "sourceNpi" | "destTon" | "destNpi",
    options: readonly { value: number; label: string }[],
  ) {
    return function renderSelect(control: FieldControlProps): ReactNode {
      const known = options.some((option) => String(option.value) === values[field]);
      return (
        <Select
          {...control}
          name={field}
          value={values[field]}
          onChange={(event) => set(field, event.target.value)}
        >
          {known ? null : <option value={values[field]}>{values[field]} · not defined by SMPP 3.4</option>}
          {options.map((option) => (
            <option key={option.value} value={String(option.value)}>
              {option.label}
            </option>
          ))}
        </Select>
      );
    };
  }

  function checkbox(field: "tls" | "enabled", label: string, hint: string) {
    const id = fieldId(field);
    return (
      <div className={styles.checkboxField}>
        <label className={styles.checkbox} htmlFor={id}>
          <input
            id={id}
            type="checkbox"
            name={field}
            checked={values[field]}
            onChange={(event) => set(field, event.target.checked)}
            aria-describedby={`${id}-hint${fieldErrors[field] ? ` ${id}-error` : ""}`}
            aria-invalid={fieldErrors[field] ? true : undefined}
          />
          {label}
        </label>
        <p id={`${id}-hint`} className={styles.hint}>
          {hint}
        </p>
        {fieldErrors[field] ? (
          <p id={`${id}-error`} className={styles.error}>
            {fieldErrors[field]}
          </p>
        ) : null}
      </div>
    );
  }

  return (
    <form
      onSubmit={save}
      noValidate
      className={styles.form}
      aria-label={isNew ? "New SMPP connector" : "SMPP connector"}
    >
      <div role="alert" aria-atomic="true">
        {formError ? <Alert tone="error">{formError}</Alert> : null}
      </div>

      <fieldset className={styles.group}>
        <legend className={styles.legend}>Connection</legend>
        <p className={styles.groupHint}>Where the carrier&apos;s SMS centre (SMSC) listens.</p>
        <div className={styles.grid}>
          <div className={styles.wide}>
            <Field
              id={fieldId("name")}
              label="Name"
              hint="How campaigns and people in your team will know this connection, e.g. the carrier's name."
              error={fieldErrors.name}
              required
            >
              {text("name", { maxLength: 100, placeholder: "Carrier A" })}
            </Field>
          </div>
          <Field
            id={fieldId("host")}
            label="Host"
            hint="The SMSC's host name or IP address."
            error={fieldErrors.host}
            required
          >
            {text("host", { placeholder: "smpp.carrier.example", spellCheck: false, autoCapitalize: "none" })}
          </Field>
          <Field
            id={fieldId("port")}
            label="Port"
            hint="1–65535; usually 2775."
            error={fieldErrors.port}
            required
          >
            {text("port", { inputMode: "numeric", className: styles.short })}
          </Field>
          <div className={styles.wide}>
            {checkbox(
              "tls",
              "Connect with TLS",
              "Encrypts the connection. Turn on only when the carrier's port expects TLS.",
            )}
          </div>
        </div>
      </fieldset>

      <fieldset className={styles.group}>
        <legend className={styles.legend}>Account</legend>
        <p className={styles.groupHint}>
          The credentials of your account at the carrier, sent with each bind.
        </p>
        <div className={styles.grid}>
          <Field
            id={fieldId("systemId")}
            label="System ID"
            hint="Your account name at the carrier; at most 15 characters."
            error={fieldErrors.systemId}
            required
          >
            {text("systemId", { maxLength: 15, spellCheck: false, autoCapitalize: "none" })}
          </Field>
          <Field
            id={fieldId("password")}
            label="Password"
            hint={
              isNew
                ? "At most 8 characters, as SMPP 3.4 allows. Stored encrypted and never shown again."
                : initial.hasPassword
                  ? "Leave empty to keep the current password. At most 8 characters."
                  : "No password is saved. Leave empty to keep it that way; at most 8 characters."
            }
            error={fieldErrors.password}
          >
            {text("password", {
              type: "password",
              maxLength: 8,
              autoComplete: "new-password",
              placeholder: isNew ? undefined : initial.hasPassword ? "Unchanged" : undefined,
            })}
          </Field>
          <Field
            id={fieldId("systemType")}
            label="System type (optional)"
            hint="Only when the carrier asks for one; at most 12 characters."
            error={fieldErrors.systemType}
          >
            {text("systemType", { maxLength: 12, spellCheck: false, autoCapitalize: "none" })}
          </Field>
        </div>
      </fieldset>

      <fieldset className={styles.group}>
        <legend className={styles.legend}>Binds and throughput</legend>
        <p className={styles.groupHint}>
          How many connections to open and how fast to send. Ask the carrier for its limits.
        </p>
        <div className={styles.grid}>
          <Field
            id={fieldId("bindMode")}
            label="Bind mode"
            hint="A transceiver sends and receives on one connection; some carriers want a transmitter and a receiver."
            error={fieldErrors.bindMode}
            required
          >
            {(control) => (
              <Select
                {...control}
                name="bindMode"
                value={values.bindMode}
                onChange={(event) => set("bindMode", event.target.value as FormValues["bindMode"])}
              >
                <option value="transceiver">{BIND_MODE_LABELS.transceiver}</option>
                <option value="transmitter_receiver">{BIND_MODE_LABELS.transmitter_receiver}</option>
              </Select>
            )}
          </Field>
          <Field
            id={fieldId("binds")}
            label="Binds"
            hint="Parallel binds each worker opens, 1–10. Carriers cap how many they accept."
            error={fieldErrors.binds}
            required
          >
            {text("binds", { inputMode: "numeric", className: styles.short })}
          </Field>
          <Field
            id={fieldId("windowSize")}
            label="Window"
            hint="Messages sent on a bind before waiting for the SMSC's answers, 1–100. 10 is a safe start."
            error={fieldErrors.windowSize}
            required
          >
            {text("windowSize", { inputMode: "numeric", className: styles.short })}
          </Field>
          <Field
            id={fieldId("throughputPerSecond")}
            label="Messages per second"
            hint="The carrier's limit over all binds and workers, 1–10000. A message in 3 parts counts 3."
            error={fieldErrors.throughputPerSecond}
            required
          >
            {text("throughputPerSecond", { inputMode: "numeric", className: styles.short })}
          </Field>
        </div>
      </fieldset>

      <fieldset className={styles.group}>
        <legend className={styles.legend}>Addressing</legend>
        <p className={styles.groupHint}>
          How sender IDs and recipients&apos; numbers are typed in each message. The carrier tells you which
          values it expects.
        </p>
        <div className={styles.grid}>
          <Field
            id={fieldId("sourceTon")}
            label="Sender type of number (TON)"
            hint="Alphanumeric sender IDs such as “Relay” usually use 5."
            error={fieldErrors.sourceTon}
            required
          >
            {numberSelect("sourceTon", TON_OPTIONS)}
          </Field>
          <Field
            id={fieldId("sourceNpi")}
            label="Sender numbering plan (NPI)"
            hint="Alphanumeric sender IDs usually use 0."
            error={fieldErrors.sourceNpi}
            required
          >
            {numberSelect("sourceNpi", NPI_OPTIONS)}
          </Field>
          <Field
            id={fieldId("destTon")}
            label="Recipient type of number (TON)"
            hint="Numbers in international format use 1."
            error={fieldErrors.destTon}
            required
          >
            {numberSelect("destTon", TON_OPTIONS)}
          </Field>
          <Field
            id={fieldId("destNpi")}
            label="Recipient numbering plan (NPI)"
            hint="Mobile numbers use 1 (E.164)."
            error={fieldErrors.destNpi}
            required
          >
            {numberSelect("destNpi", NPI_OPTIONS)}
          </Field>
        </div>
      </fieldset>

      <fieldset className={styles.group}>
        <legend className={styles.legend}>Timers</legend>
        <div className={styles.grid}>
          <Field
            id={fieldId("enquireLinkSeconds")}
            label="Keep-alive interval (seconds)"
            hint="How often an idle bind checks the link with enquire_link, 5–300. Usually 30."
            error={fieldErrors.enquireLinkSeconds}
            required
          >
            {text("enquireLinkSeconds", { inputMode: "numeric", className: styles.short })}
          </Field>
          <Field
            id={fieldId("responseTimeoutSeconds")}
            label="Response timeout (seconds)"
            hint="How long to wait for the SMSC to answer a request, 1–120. Usually 30."
            error={fieldErrors.responseTimeoutSeconds}
            required
          >
            {text("responseTimeoutSeconds", { inputMode: "numeric", className: styles.short })}
          </Field>
        </div>
      </fieldset>

      <fieldset className={styles.group}>
        <legend className={styles.legend}>Use</legend>
        {checkbox(
          "enabled",
          "Send through this connector",
          "Turn off to stop using this SMSC while keeping its settings.",
        )}
      </fieldset>

      <div className={styles.actions}>
        <Button type="submit" variant="primary" pending={saving}>
          {saving ? "Saving…" : isNew ? "Add connector" : "Save connector"}
        </Button>
        <ButtonLink href="/settings#smpp" variant="ghost">
          Cancel
        </ButtonLink>
      </div>
    </form>
  );
}
