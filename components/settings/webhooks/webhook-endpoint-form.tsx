"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition, type FormEvent } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { ButtonLink } from "@/components/ui/button-link";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import {
  MAX_WEBHOOK_URL_LENGTH,
  WEBHOOK_EVENT_TYPES,
  type WebhookEndpointField,
  type WebhookEventType,
} from "@/lib/webhooks/client";
import type { SaveWebhookEndpointAction } from "./webhook-action-result";
import { SecretValue } from "./secret-value";
import styles from "./webhooks.module.css";

export type WebhookEndpointFormInitial = {
  /** Null for a new endpoint. */
  id: string | null;
  url: string;
  description: string;
  eventTypes: WebhookEventType[];
  includeCampaignMessages: boolean;
};

const EVENT_LABELS: Record<WebhookEventType, { label: string; hint: string }> = {
  "message.status": {
    label: "message.status",
    hint: "An outbound message was submitted, delivered, undelivered, expired, failed, skipped or is in doubt.",
  },
  "message.received": {
    label: "message.received",
    hint: "A reply or other inbound message arrived.",
  },
};

/** Add or edit an endpoint; after adding, its signing secret is shown once. */
export function WebhookEndpointForm({
  initial,
  saveAction,
}: {
  initial: WebhookEndpointFormInitial;
  saveAction: SaveWebhookEndpointAction;
}) {
  const router = useRouter();
  const [values, setValues] = useState(initial);
  const [fieldErrors, setFieldErrors] = useState<Partial<Record<WebhookEndpointField, string>>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [created, setCreated] = useState<{ id: string; secret: string } | null>(null);
  const [saving, startSave] = useTransition();
  const isNew = initial.id === null;

  function toggleEvent(type: WebhookEventType, on: boolean) {
    setValues((current) => ({
      ...current,
      eventTypes: on ? [...current.eventTypes, type] : current.eventTypes.filter((t) => t !== type),
    }));
  }

  function save(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (saving) return;
    setFormError(null);
    startSave(async () => {
      const { id: _id, ...draft } = values;
      const result = await saveAction(initial.id, draft);
      if (!result.ok) {
        setFieldErrors(result.fieldErrors);
        setFormError(result.message);
        return;
      }
      setFieldErrors({});
      if (result.value.secret) setCreated({ id: result.value.id, secret: result.value.secret });
      else router.push(`/settings/webhooks?saved=${result.value.id}`);
    });
  }

  if (created) {
    return (
      <div className={styles.stack}>
        <Alert tone="success" title="Endpoint added" role="status">
          Copy its signing secret now and keep it with your receiver: it verifies that deliveries come from
          Relay. Owners and admins can reveal it again later.
        </Alert>
        <SecretValue label="Signing secret" secret={created.secret} />
        <div className={styles.actions}>
          <ButtonLink href={`/settings/webhooks/${created.id}`} variant="primary">
            Go to the endpoint
          </ButtonLink>
          <ButtonLink href="/settings/webhooks">Back to webhooks</ButtonLink>
        </div>
      </div>
    );
  }

  return (
    <form
      onSubmit={save}
      noValidate
      className={styles.form}
      aria-label={isNew ? "New webhook endpoint" : "Webhook endpoint"}
    >
      <div role="alert" aria-atomic="true">
        {formError ? <Alert tone="error">{formError}</Alert> : null}
      </div>
      <Field
        id="webhook-url"
        label="URL"
        required
        hint="Where Relay POSTs events: https://, or http://localhost for local development."
        error={fieldErrors.url}
      >
        {(control) => (
          <Input
            {...control}
            type="url"
            inputMode="url"
            autoComplete="off"
            spellCheck={false}
            maxLength={MAX_WEBHOOK_URL_LENGTH}
            placeholder="https://example.com/hooks/relay"
            value={values.url}
            onChange={(event) => setValues({ ...values, url: event.target.value })}
          />
        )}
      </Field>
      <Field
        id="webhook-description"
        label="Description"
        hint="Optional: what receives these events."
        error={fieldErrors.description}
      >
        {(control) => (
          <Input
            {...control}
            maxLength={200}
            value={values.description}
            onChange={(event) => setValues({ ...values, description: event.target.value })}
          />
        )}
      </Field>
      <fieldset
        className={styles.fieldset}
        aria-describedby={fieldErrors.eventTypes ? "webhook-events-error" : undefined}
      >
        <legend className={styles.legend}>Events</legend>
        {WEBHOOK_EVENT_TYPES.map((type) => (
          <div key={type} className={styles.checkboxField}>
            <label className={styles.checkbox}>
              <input
                type="checkbox"
                checked={values.eventTypes.includes(type)}
                onChange={(event) => toggleEvent(type, event.target.checked)}
                aria-describedby={`webhook-event-${type}-hint`}
              />
              <code>{EVENT_LABELS[type].label}</code>
            </label>
            <p id={`webhook-event-${type}-hint`} className={styles.hint}>
              {EVENT_LABELS[type].hint}
            </p>
          </div>
        ))}
        {fieldErrors.eventTypes ? (
          <p id="webhook-events-error" className={styles.error}>
            {fieldErrors.eventTypes}
          </p>
        ) : null}
      </fieldset>
      <div className={styles.checkboxField}>
        <label className={styles.checkbox}>
          <input
            type="checkbox"
            checked={values.includeCampaignMessages}
            onChange={(event) => setValues({ ...values, includeCampaignMessages: event.target.checked })}
            aria-describedby="webhook-campaigns-hint"
          />
          Include campaign messages
        </label>
        <p id="webhook-campaigns-hint" className={styles.hint}>
          Off: message.status only for single messages (API, replies, confirmations). On: for every recipient
          of every campaign too, which can be millions of events.
        </p>
      </div>
      <div className={styles.actions}>
        <Button type="submit" variant="primary" pending={saving}>
          {saving ? "Saving…" : isNew ? "Add endpoint" : "Save changes"}
        </Button>
        <ButtonLink href="/settings/webhooks">Cancel</ButtonLink>
      </div>
    </form>
  );
}
