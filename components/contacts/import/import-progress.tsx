"use client";

import { Alert } from "@/components/ui/alert";
import { ButtonLink } from "@/components/ui/button-link";
import { Icon } from "@/components/ui/icon";
import type { ImportProgressEvent } from "@/lib/events";
import { ImportCounters } from "./import-counters";
import { importPercent, importStatusText } from "./import-status";
import { ImportStatusBadge } from "./import-status-badge";
import { ImportSummary } from "./import-summary";
import { ProgressBar } from "./progress-bar";
import { useImportProgress } from "./use-import-progress";
import styles from "./import-progress.module.css";

type ImportProgressProps = {
  /** The state when the page was rendered on the server. */
  initial: ImportProgressEvent;
  list: { id: string; name: string } | null;
};

const countFormat = new Intl.NumberFormat("en");

/** The live progress of one import, its counters, and its summary once it is done. */
export function ImportProgress({ initial, list }: ImportProgressProps) {
  const { progress, connection } = useImportProgress(initial);
  const percent = importPercent(progress);
  const status = importStatusText(progress);
  const tone =
    progress.status === "failed" ? "danger" : progress.status === "completed" ? "success" : "accent";

  return (
    <div className={styles.layout}>
      <section aria-labelledby="import-progress-heading" className={styles.card}>
        <div className={styles.header}>
          <h2 id="import-progress-heading" className={styles.title}>
            Progress
          </h2>
          <ImportStatusBadge status={progress.status} />
        </div>
        {/* Polite: status changes are announced when the reader is idle, never interrupting. */}
        <p id="import-status" className={styles.status} aria-live="polite" aria-atomic="true">
          {status}
        </p>
        <ProgressBar
          label="Import progress"
          percent={percent}
          tone={tone}
          valueText={`${Math.floor(percent)}%, ${countFormat.format(progress.rowsRead)} rows read`}
          describedBy="import-status"
        />
        <ImportCounters progress={progress} />
        {connection === "polling" ? (
          <p className={styles.connection}>
            <Icon name="refresh" size={14} />
            Live updates were interrupted; checking every 2 seconds instead.
          </p>
        ) : null}
        {connection !== "closed" ? (
          <p className={styles.connection}>You can leave this page: the import keeps running.</p>
        ) : null}
      </section>

      {progress.status === "completed" ? <ImportSummary progress={progress} list={list} /> : null}
      {progress.status === "failed" ? (
        <Alert tone="error" title="The import failed">
          <p>{progress.error ?? "The import stopped."}</p>
          <p className={styles.summaryNote}>
            {progress.imported + progress.updated === 0
              ? "Nothing from this file was imported."
              : "The contacts counted above were saved before it stopped."}{" "}
            Fix the file, or choose other options, and import it again.
          </p>
          <div className={styles.summaryActions}>
            <ButtonLink href="/contacts/import" variant="primary" size="sm">
              Start a new import
            </ButtonLink>
          </div>
        </Alert>
      ) : null}
    </div>
  );
}
