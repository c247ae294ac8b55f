"use client";

import { useMemo, useState, useTransition, type FormEvent } from "react";
import { counterSummary } from "@/components/templates/counter-summary";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import inputStyles from "@/components/ui/input.module.css";
import {
  MAX_KEYWORD_LENGTH,
  MAX_AUTO_REPLY_LENGTH,
  splitKeywords,
  type KeywordSettings,
  type KeywordSettingsField,
} from "@/lib/messaging/settings/client";
import { analyzeText } from "@/lib/templates/text";
import type { SaveKeywordSettingsAction } from "./keyword-settings-action-result";
import styles from "./keyword-settings-form.module.css";

type ListField = "optOutKeywords" | "optInKeywords" | "helpKeywords";
type TextField = "helpText" | "optOutConfirmation" | "optInConfirmation";
/** What the inputs hold: lists as typed text, so nothing typed is rewritten before it is saved. */
type FormValues = Record<KeywordSettingsField, string>;

const LISTS: Array<{ field: ListField; label: string; hint: string }> = [
  {
    field: "optOutKeywords",
    label: "Opt-out keywords",
    hint: "A reply that is exactly one of these opts the number out at once and gets the opt-out confirmation. Keep at least one, such as STOP.",
  },
  {
    field: "optInKeywords",
    label: "Opt-in keywords",
    hint: "Opts a number that had opted out back in, and gets the opt-in confirmation.",
  },
  {
    field: "helpKeywords",
    label: "Help keywords",
    hint: "Answered with the help reply.",
  },
];

const TEXTS: Array<{ field: TextField; label: string; hint: string }> = [
  {
    field: "helpText",
    label: "Help reply",
    hint: "Say who you are, how to reach you and how to opt out.",
  },
  {
    field: "optOutConfirmation",
    label: "Opt-out confirmation",
    hint: "Sent once, when a number opts out. No marketing in it: carriers forbid it.",
  },
  {
    field: "optInConfirmation",
    label: "Opt-in confirmation",
    hint: "Sent when a number opts back in.",
  },
];

/** Fields in the order they appear, so the first one with an error gets the focus. */
const FIELD_ORDER: readonly KeywordSettingsField[] = [...LISTS, ...TEXTS].map(({ field }) => field);

const fieldId = (field: KeywordSettingsField) => `keywords-${field}`;

function toValues(settings: KeywordSettings): FormValues {
  return {
    optOutKeywords: settings.optOutKeywords.join(", "),
    optInKeywords: settings.optInKeywords.join(", "),
    helpKeywords: settings.helpKeywords.join(", "),
    helpText: settings.helpText,
    optOutConfirmation: settings.optOutConfirmation,
    optInConfirmation: settings.optInConfirmation,
  };
}

type KeywordSettingsFormProps = {
  initial: KeywordSettings;
  /** Null for members: they see the settings, not a form. */
  saveAction: SaveKeywordSettingsAction | null;
};

/** The inbox's keyword lists and the three automatic replies, edited together. */
export function KeywordSettingsForm({ initial, saveAction }: KeywordSettingsFormProps) {
  const [values, setValues] = useState<FormValues>(() => toValues(initial));
  const [fieldErrors, setFieldErrors] = useState<Partial<Record<KeywordSettingsField, string>>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const [saving, startSaving] = useTransition();

  if (!saveAction) return <KeywordSettingsView settings={initial} />;
  const save = saveAction;

  function set(field: KeywordSettingsField, value: string) {
    setValues((current) => ({ ...current, [field]: value }));
    setSaved(false);
    if (fieldErrors[field]) setFieldErrors((current) => ({ ...current, [field]: undefined }));
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (saving) return;
    setFormError(null);
    setSaved(false);
    startSaving(async () => {
      const result = await save(values);
      if (!result.ok) {
        // Everything typed stays in the form; only the messages change.
        setFieldErrors(result.fieldErrors);
        setFormError(result.message);
        const first = FIELD_ORDER.find((field) => result.fieldErrors[field]);
        if (first) document.getElementById(fieldId(first))?.focus();
        return;
      }
      setFieldErrors({});
      setValues(toValues(result.value));
      setSaved(true);
    });
  }

  return (
    <form onSubmit={submit} noValidate className={styles.form} aria-label="Keywords and replies">
      <div role="alert" aria-atomic="true" className={styles.announce}>
        {formError ? <Alert tone="error">{formError}</Alert> : null}
      </div>
      <fieldset className={styles.group}>
        <legend className={styles.legend}>Keywords</legend>
        <p className={styles.groupHint}>
          Separate words with commas or new lines; each is 1–{MAX_KEYWORD_LENGTH} letters or digits. A reply
          matches when it is the whole word, in any case. A word can be in one list only.
        </p>
        {LISTS.map(({ field, label, hint }) => (
          <Field
            key={field}
            id={fieldId(field)}
            label={label}
            hint={
              <>
                {hint}
                <KeywordPreview text={values[field]} />
              </>
            }
            error={fieldErrors[field]}
            required={field === "optOutKeywords"}
          >
            {(control) => (
              <textarea
                {...control}
                name={field}
                rows={2}
                value={values[field]}
                onChange={(event) => set(field, event.target.value)}
                spellCheck={false}
                autoCapitalize="characters"
                className={`${inputStyles.input} ${styles.textarea}`}
              />
            )}
          </Field>
        ))}
      </fieldset>

      <fieldset className={styles.group}>
        <legend className={styles.legend}>Automatic replies</legend>
        <p className={styles.groupHint}>
          Sent from the number the contact wrote to. Up to {MAX_AUTO_REPLY_LENGTH} characters each; every
          segment is charged as one SMS.
        </p>
        {TEXTS.map(({ field, label, hint }) => (
          <Field
            key={field}
            id={fieldId(field)}
            label={label}
            hint={
              <>
                {hint} <ReplyCounter text={values[field]} />
              </>
            }
            error={fieldErrors[field]}
            required
          >
            {(control) => (
              <textarea
                {...control}
                name={field}
                rows={3}
                value={values[field]}
                onChange={(event) => set(field, event.target.value)}
                className={`${inputStyles.input} ${styles.textarea}`}
              />
            )}
          </Field>
        ))}
      </fieldset>

      <div className={styles.footer}>
        <Button type="submit" variant="primary" pending={saving}>
          {saving ? "Saving…" : "Save keywords and replies"}
        </Button>
        <p role="status" className={styles.saved}>
          {saved ? "Saved. The next reply you receive is answered with these." : ""}
        </p>
      </div>
    </form>
  );
}

/** The words as they will be saved: upper case, each once. */
function KeywordPreview({ text }: { text: string }) {
  const words = splitKeywords(text);
  return (
    <span className={styles.preview}>
      {words.length === 0 ? " No keywords." : ` Saved as ${words.join(", ")}.`}
    </span>
  );
}

/** "GSM-7 · 45/160 characters · 1 segment", and whether it keeps within the limit. */
function ReplyCounter({ text }: { text: string }) {
  const trimmed = text.trim();
  const analysis = useMemo(() => analyzeText(trimmed), [trimmed]);
  const over = trimmed.length > MAX_AUTO_REPLY_LENGTH;
  return (
    <span className={styles.counter} data-over={over || undefined}>
      {counterSummary(analysis)} · {over ? `${trimmed.length - MAX_AUTO_REPLY_LENGTH} over` : "within"} the{" "}
      {MAX_AUTO_REPLY_LENGTH}-character limit
    </span>
  );
}

/** What members see: the settings, and who can change them. */
function KeywordSettingsView({ settings }: { settings: KeywordSettings }) {
  return (
    <div className={styles.form}>
      <dl className={styles.view}>
        {LISTS.map(({ field, label }) => (
          <div key={field} className={styles.viewRow}>
            <dt>{label}</dt>
            <dd>{settings[field].length === 0 ? "None" : settings[field].join(", ")}</dd>
          </div>
        ))}
        {TEXTS.map(({ field, label }) => (
          <div key={field} className={styles.viewRow}>
            <dt>{label}</dt>
            <dd className={styles.reply}>{settings[field]}</dd>
          </div>
        ))}
      </dl>
      <p className={styles.groupHint}>Only owners and admins of the organization can change these.</p>
    </div>
  );
}
