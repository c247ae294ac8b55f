"use client";

import { Alert } from "@/components/ui/alert";
import type { PreviewContact, TemplatePreviewResult } from "@/lib/templates";
import { ContactPicker } from "./contact-picker";
import { count, segmentCount } from "./counter-summary";
import type { RequestState } from "./use-debounced-request";
import styles from "./template-preview-panel.module.css";

type TemplatePreviewPanelProps = {
  state: RequestState<TemplatePreviewResult>;
  contact: PreviewContact | null;
  onContactChange: (contact: PreviewContact | null) => void;
};

/** The message exactly as the chosen contact would receive it, rendered by the server. */
export function TemplatePreviewPanel({ state, contact, onContactChange }: TemplatePreviewPanelProps) {
  const result = state.data;
  const preview = result?.preview ?? null;
  const loading = state.status === "loading";

  return (
    <section aria-labelledby="template-preview-heading" aria-busy={loading} className={styles.panel}>
      <div className={styles.header}>
        <h2 id="template-preview-heading" className={styles.title}>
          Preview
        </h2>
        <span className={styles.loading} aria-hidden={!loading}>
          {loading ? "Updating…" : ""}
        </span>
      </div>
      <ContactPicker contact={contact} onChange={onContactChange} />

      {state.status === "error" ? (
        <Alert tone="error" role="alert">
          The preview could not be updated: {state.message}
        </Alert>
      ) : null}

      {result === null ? (
        <p className={styles.placeholder}>The preview appears as you write.</p>
      ) : preview === null ? (
        <p className={styles.placeholder}>Fix the problems in the message to see the preview.</p>
      ) : (
        <>
          <p className={styles.recipient}>
            To {result.contact.label}
            {result.contact.id === null ? " (sample data)" : ""} · {result.contact.phone}
          </p>
          {preview.isEmpty ? (
            <Alert tone="warning">
              This message renders empty for this contact and would not say anything.
            </Alert>
          ) : null}
          <div className={styles.bubble}>{preview.text}</div>
          <p className={styles.meta}>
            {preview.encoding} · {segmentCount(preview.segments)} ·{" "}
            {count(preview.units, "character", "characters")}
          </p>
          {preview.parts.length > 1 ? (
            <ol className={styles.parts} aria-label="How the message is split">
              {preview.parts.map((part) => (
                <li key={part.index} className={styles.part}>
                  <span className={styles.partLabel}>
                    Part {part.index} of {part.total}
                  </span>
                  <span className={styles.partText}>{part.text}</span>
                </li>
              ))}
            </ol>
          ) : null}
        </>
      )}
    </section>
  );
}
