"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useEffect, useLayoutEffect, useRef, useState, useTransition, type FormEvent } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import type { ContactListSummary } from "@/lib/contacts";
import type { MergeField, PreviewContact, TemplateIssue } from "@/lib/templates";
import { AudienceMeasure } from "./audience-measure";
import { fetchListMeasure, fetchPreview } from "./editor-api";
import { insertAtCursor, type TextEdit } from "./insert-at-cursor";
import { MergeTagPicker } from "./merge-tag-picker";
import { SegmentCounter } from "./segment-counter";
import type { SaveTemplateAction, TemplateFormField } from "./template-action-result";
import { TemplateIssues } from "./template-issues";
import { TemplatePreviewPanel } from "./template-preview-panel";
import { useDebouncedRequest } from "./use-debounced-request";
import { useUnsavedChangesWarning } from "./use-unsaved-changes-warning";
import styles from "./template-editor.module.css";

type TemplateEditorProps = {
  /** The saved template, or null for a new one. */
  template: { id: string; name: string; body: string } | null;
  mergeFields: readonly MergeField[];
  lists: readonly ContactListSummary[];
  saveAction: SaveTemplateAction;
  /** Shown once after a new template was created and the page moved to its address. */
  justCreated?: boolean;
};

type FieldErrors = Partial<Record<TemplateFormField, string>>;

const PREVIEW_DELAY_MS = 250;
// Measuring renders every recipient's message: wait for a real pause in typing.
const MEASURE_DELAY_MS = 700;

/**
 * The template editor: name, message with merge-tag picker, live counter
 * (in the browser), server-rendered preview with the message's issues, the
 * measure over chosen lists, and saving through a server action.
 */
export function TemplateEditor({
  template,
  mergeFields,
  lists,
  saveAction,
  justCreated = false,
}: TemplateEditorProps) {
  const router = useRouter();
  const messageRef = useRef<HTMLTextAreaElement>(null);
  const nameRef = useRef<HTMLInputElement>(null);
  const [name, setName] = useState(template?.name ?? "");
  const [body, setBody] = useState(template?.body ?? "");
  const [saved, setSaved] = useState({ name: template?.name ?? "", body: template?.body ?? "" });
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [formMessage, setFormMessage] = useState<{ tone: "error" | "success"; text: string } | null>(
    justCreated ? { tone: "success", text: "Template created." } : null,
  );
  const [saving, startSaving] = useTransition();
  const [contact, setContact] = useState<PreviewContact | null>(null);
  const [listIds, setListIds] = useState<string[]>([]);
  const pendingSelection = useRef<TextEdit | null>(null);

  const hasText = body.trim() !== "";
  const preview = useDebouncedRequest(
    hasText ? JSON.stringify([body, contact?.id ?? null]) : null,
    (signal) => fetchPreview({ body, contactId: contact?.id ?? null }, signal),
    PREVIEW_DELAY_MS,
  );
  // Issues come with the preview: the server knows the organization's fields.
  const errors = hasText ? (preview.data?.errors ?? []) : [];
  const warnings = hasText ? (preview.data?.warnings ?? []) : [];
  const blocked = errors.length > 0 ? "Fix the problems in the message to measure it." : null;
  const measure = useDebouncedRequest(
    listIds.length > 0 && blocked === null && hasText ? JSON.stringify([body, listIds]) : null,
    (signal) => fetchListMeasure({ body, listIds }, signal),
    MEASURE_DELAY_MS,
  );

  // "?created=1" only carries the message across the redirect; a reload should not show it again.
  useEffect(() => {
    if (justCreated) window.history.replaceState(null, "", window.location.pathname);
  }, [justCreated]);

  const dirty = name !== saved.name || body !== saved.body;
  useUnsavedChangesWarning(dirty);

  // After an insertion, put the caret (or the fallback's selection) back once the textarea has the new text.
  useLayoutEffect(() => {
    const edit = pendingSelection.current;
    const textarea = messageRef.current;
    if (!edit || !textarea || textarea.value !== edit.value) return;
    pendingSelection.current = null;
    textarea.focus();
    textarea.setSelectionRange(edit.selectionStart, edit.selectionEnd);
  }, [body]);

  function changeBody(next: string) {
    setBody(next);
    if (fieldErrors.body) setFieldErrors({ ...fieldErrors, body: undefined });
  }

  function insert(text: string, select?: { start: number; end: number }) {
    const textarea = messageRef.current;
    const selection = textarea
      ? { start: textarea.selectionStart, end: textarea.selectionEnd }
      : { start: body.length, end: body.length };
    const edit = insertAtCursor(body, selection, text, select);
    pendingSelection.current = edit;
    changeBody(edit.value);
  }

  function showIssue(issue: TemplateIssue) {
    messageRef.current?.focus();
    messageRef.current?.setSelectionRange(issue.offset, issue.offset + issue.length);
  }

  function save(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (saving) return;
    setFormMessage(null);
    startSaving(async () => {
      const draft = { name, body };
      const result = await saveAction(template?.id ?? null, draft);
      if (!result.ok) {
        // Everything typed stays in the form; only the messages change.
        setFieldErrors(result.fieldErrors);
        if (result.message) setFormMessage({ tone: "error", text: result.message });
        if (result.fieldErrors.name) nameRef.current?.focus();
        else if (result.fieldErrors.body) messageRef.current?.focus();
        return;
      }
      setFieldErrors({});
      setSaved(draft);
      if (template === null) {
        router.replace(`/templates/${result.value.id}?created=1`);
      } else {
        setFormMessage({ tone: "success", text: "Template saved." });
        // The page header shows the name; the editor's own state is kept across the refresh.
        router.refresh();
      }
    });
  }

  return (
    <div className={styles.layout}>
      <form onSubmit={save} noValidate className={styles.form} aria-label="Template">
        <div role="alert" aria-atomic="true">
          {formMessage ? <Alert tone={formMessage.tone}>{formMessage.text}</Alert> : null}
        </div>

        <Field id="template-name" label="Name" error={fieldErrors.name} required>
          {(control) => (
            <Input
              {...control}
              ref={nameRef}
              name="name"
              maxLength={100}
              autoComplete="off"
              placeholder="Spring sale reminder"
              value={name}
              onChange={(event) => {
                setName(event.target.value);
                if (fieldErrors.name) setFieldErrors({ ...fieldErrors, name: undefined });
              }}
            />
          )}
        </Field>

        <div className={styles.message}>
          <Field
            id="template-body"
            label="Message"
            error={fieldErrors.body}
            required
            labelAside={<MergeTagPicker fields={mergeFields} onInsert={insert} />}
          >
            {(control) => (
              <textarea
                {...control}
                ref={messageRef}
                name="body"
                rows={7}
                className={styles.textarea}
                aria-invalid={control["aria-invalid"] ?? (errors.length > 0 || undefined)}
                aria-describedby={[
                  control["aria-describedby"],
                  "template-body-counter",
                  "template-body-issues",
                ]
                  .filter(Boolean)
                  .join(" ")}
                placeholder={"Hi {{firstName}}, your order is on its way."}
                value={body}
                onChange={(event) => changeBody(event.target.value)}
              />
            )}
          </Field>
          <SegmentCounter id="template-body-counter" body={body} onReplace={changeBody} />
          <TemplateIssues
            id="template-body-issues"
            errors={errors}
            warnings={[...warnings, ...(measure.status === "ready" ? measure.data.warnings : [])]}
            onShow={showIssue}
          />
        </div>

        <AudienceMeasure
          lists={lists}
          selected={listIds}
          onSelectedChange={setListIds}
          state={measure}
          blocked={blocked}
        />

        <div className={styles.actions}>
          <Button type="submit" variant="primary" pending={saving}>
            {saving ? "Saving…" : "Save template"}
          </Button>
          <Link href="/templates" className={styles.back}>
            Back to templates
          </Link>
          <span className={styles.dirty}>{dirty ? "Unsaved changes" : ""}</span>
        </div>
      </form>

      <TemplatePreviewPanel state={preview} contact={contact} onContactChange={setContact} />
    </div>
  );
}
