"use client";

import Link from "next/link";
import { useLayoutEffect, useRef } from "react";
import { Field } from "@/components/ui/field";
import { Select } from "@/components/ui/select";
import { insertAtCursor, type TextEdit } from "@/components/templates/insert-at-cursor";
import { MergeTagPicker } from "@/components/templates/merge-tag-picker";
import { SegmentCounter } from "@/components/templates/segment-counter";
import { TemplateIssues } from "@/components/templates/template-issues";
import { TemplatePreviewPanel } from "@/components/templates/template-preview-panel";
import type { RequestState } from "@/components/templates/use-debounced-request";
import type { MergeField, PreviewContact, TemplateIssue, TemplatePreviewResult } from "@/lib/templates";
import type { StepProps } from "./step-props";
import styles from "./campaign-wizard.module.css";

export type WizardTemplate = { id: string; name: string; body: string };

type MessageStepProps = StepProps & {
  templates: readonly WizardTemplate[];
  mergeFields: readonly MergeField[];
  preview: RequestState<TemplatePreviewResult>;
  contact: PreviewContact | null;
  onContactChange: (contact: PreviewContact | null) => void;
};

/**
 * Step 3: a saved template (its text is copied into the campaign when it is
 * saved) or text written here, with the live counter, the template checks
 * and the preview for a real or sample contact.
 */
export function MessageStep({
  values,
  errors,
  change,
  templates,
  mergeFields,
  preview,
  contact,
  onContactChange,
}: MessageStepProps) {
  const textRef = useRef<HTMLTextAreaElement>(null);
  const pendingSelection = useRef<TextEdit | null>(null);
  const template = templates.find((candidate) => candidate.id === values.templateId) ?? null;
  const body = values.source === "template" ? (template?.body ?? "") : values.inlineBody;
  const hasText = body.trim() !== "";
  const issues = hasText ? preview.data : null;

  // After a merge tag is inserted, put the caret back once the textarea has the new text.
  useLayoutEffect(() => {
    const edit = pendingSelection.current;
    const textarea = textRef.current;
    if (!edit || !textarea || textarea.value !== edit.value) return;
    pendingSelection.current = null;
    textarea.focus();
    textarea.setSelectionRange(edit.selectionStart, edit.selectionEnd);
  }, [values.inlineBody]);

  function changeText(inlineBody: string) {
    change({ inlineBody }, ["body"]);
  }

  function insert(text: string, select?: { start: number; end: number }) {
    const textarea = textRef.current;
    const selection = textarea
      ? { start: textarea.selectionStart, end: textarea.selectionEnd }
      : { start: values.inlineBody.length, end: values.inlineBody.length };
    const edit = insertAtCursor(values.inlineBody, selection, text, select);
    pendingSelection.current = edit;
    changeText(edit.value);
  }

  function showIssue(issue: TemplateIssue) {
    if (values.source !== "inline") return;
    textRef.current?.focus();
    textRef.current?.setSelectionRange(issue.offset, issue.offset + issue.length);
  }

  return (
    <div className={styles.messageLayout}>
      <div className={styles.stack}>
        <fieldset className={styles.fieldset}>
          <legend className={styles.legend}>Text</legend>
          <div className={styles.inlineChoices}>
            <label className={styles.choice}>
              <input
                type="radio"
                name="source"
                value="template"
                checked={values.source === "template"}
                onChange={() => change({ source: "template" }, ["body", "templateId"])}
              />
              <span>Use a template</span>
            </label>
            <label className={styles.choice}>
              <input
                type="radio"
                name="source"
                value="inline"
                checked={values.source === "inline"}
                onChange={() => change({ source: "inline" }, ["body", "templateId"])}
              />
              <span>Write the text here</span>
            </label>
          </div>
        </fieldset>

        {values.source === "template" ? (
          templates.length === 0 ? (
            <p className={styles.hint}>
              No templates yet. <Link href="/templates/new">Write a template</Link>, or write the text here.
            </p>
          ) : (
            <>
              <Field
                id="campaign-template"
                label="Template"
                hint="Its text is copied into the campaign when you save, so later edits of the template do not change it."
                error={errors.templateId ?? errors.body}
                required
              >
                {(control) => (
                  <Select
                    {...control}
                    name="templateId"
                    value={values.templateId}
                    onChange={(event) => change({ templateId: event.target.value }, ["templateId", "body"])}
                  >
                    <option value="">Choose a template…</option>
                    {templates.map((option) => (
                      <option key={option.id} value={option.id}>
                        {option.name}
                      </option>
                    ))}
                  </Select>
                )}
              </Field>
              {template ? (
                <div className={styles.stack}>
                  <p className={styles.templateText} aria-label="Template text">
                    {template.body}
                  </p>
                  <p className={styles.hint}>
                    <Link href={`/templates/${template.id}`}>Edit the template</Link> to change its text.
                  </p>
                </div>
              ) : null}
            </>
          )
        ) : (
          <div className={styles.stack}>
            <Field
              id="campaign-body"
              label="Message text"
              error={errors.body}
              required
              labelAside={<MergeTagPicker fields={mergeFields} onInsert={insert} />}
            >
              {(control) => (
                <textarea
                  {...control}
                  ref={textRef}
                  name="body"
                  rows={6}
                  className={styles.textarea}
                  aria-invalid={control["aria-invalid"] ?? ((issues?.errors.length ?? 0) > 0 || undefined)}
                  aria-describedby={[
                    control["aria-describedby"],
                    "campaign-body-counter",
                    "campaign-body-issues",
                  ]
                    .filter(Boolean)
                    .join(" ")}
                  placeholder={"Hi {{firstName}}, our spring sale starts today."}
                  value={values.inlineBody}
                  onChange={(event) => changeText(event.target.value)}
                />
              )}
            </Field>
            <SegmentCounter id="campaign-body-counter" body={values.inlineBody} onReplace={changeText} />
          </div>
        )}
        <TemplateIssues
          id="campaign-body-issues"
          errors={issues?.errors ?? []}
          warnings={issues?.warnings ?? []}
          onShow={showIssue}
        />
      </div>
      <TemplatePreviewPanel state={preview} contact={contact} onContactChange={onContactChange} />
    </div>
  );
}
