"use client";

import type { FormEvent } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { ColumnMappingTable } from "./column-mapping-table";
import type { ColumnChoice } from "./column-choices";
import type {
  ImportCountryOption,
  ImportFormErrors,
  ImportFormState,
  ImportListOption,
} from "./import-form-state";
import { formatBytes } from "./format-bytes";
import { ImportTargetFields } from "./import-target-fields";
import { PREVIEW_ROWS } from "./parse-csv-preview";
import type { CsvPreview } from "./read-csv-preview";
import { UploadStatus } from "./upload-status";
import type { StartPhase } from "./use-start-import";
import styles from "./import-wizard.module.css";

type MappingStepProps = {
  preview: CsvPreview;
  labels: string[];
  form: ImportFormState;
  errors: ImportFormErrors;
  lists: ImportListOption[];
  countries: ImportCountryOption[];
  phase: StartPhase;
  busy: boolean;
  opening: boolean;
  onChange: (change: Partial<ImportFormState>) => void;
  onColumnChange: (column: number, choice: ColumnChoice) => void;
  onSubmit: () => void;
  onChooseAnotherFile: () => void;
};

const DELIMITER_NAMES: Record<CsvPreview["delimiter"], string> = {
  ",": "commas",
  ";": "semicolons",
  "\t": "tabs",
  "|": "vertical bars",
};

/** Steps 2 and 3, one form: what each column becomes, and where the contacts go. */
export function MappingStep({
  preview,
  labels,
  form,
  errors,
  lists,
  countries,
  phase,
  busy,
  opening,
  onChange,
  onColumnChange,
  onSubmit,
  onChooseAnotherFile,
}: MappingStepProps) {
  const shownRows = (form.hasHeader ? preview.rows.slice(1) : preview.rows).slice(0, PREVIEW_ROWS);

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!busy) onSubmit();
  }

  return (
    <form onSubmit={handleSubmit} noValidate className={styles.form}>
      <section aria-labelledby="map-columns-heading" className={styles.step}>
        <div className={styles.stepHeader}>
          <span className={styles.stepNumber} aria-hidden="true">
            2
          </span>
          <div className={styles.stepHeading}>
            <h2 id="map-columns-heading" tabIndex={-1} className={styles.stepTitle}>
              Match the columns
            </h2>
            <p className={styles.stepDescription}>
              <strong className={styles.fileName}>{preview.fileName}</strong> ·{" "}
              {formatBytes(preview.fileBytes)} · separated by {DELIMITER_NAMES[preview.delimiter]}
              {preview.encoding === "windows-1252" ? " · Windows (Excel) characters" : ""}
            </p>
          </div>
          <Button size="sm" variant="ghost" onClick={onChooseAnotherFile} disabled={busy}>
            Choose another file
          </Button>
        </div>
        <fieldset disabled={busy} className={styles.stepBody}>
          <label className={styles.checkbox}>
            <input
              type="checkbox"
              checked={form.hasHeader}
              onChange={(event) => onChange({ hasHeader: event.target.checked })}
            />
            First row has column names
          </label>
          {errors.mapping ? (
            <Alert tone="error" id="mapping-error" tabIndex={-1}>
              {errors.mapping}
            </Alert>
          ) : null}
          <ColumnMappingTable
            caption={`First ${shownRows.length === 1 ? "row" : `${shownRows.length} rows`} of ${preview.fileName}`}
            labels={labels}
            rows={shownRows}
            choices={form.choices}
            fieldErrors={errors.columnFields}
            nameErrors={errors.columnNames}
            onChange={onColumnChange}
          />
          <p className={styles.note}>
            Phone numbers are checked and saved in international format during the import. Rows that
            can&apos;t be used are listed with their reason, ready to download.
          </p>
        </fieldset>
      </section>

      <section aria-labelledby="import-target-heading" className={styles.step}>
        <div className={styles.stepHeader}>
          <span className={styles.stepNumber} aria-hidden="true">
            3
          </span>
          <div className={styles.stepHeading}>
            <h2 id="import-target-heading" className={styles.stepTitle}>
              Choose where they go
            </h2>
          </div>
        </div>
        <fieldset disabled={busy} className={styles.stepBody}>
          <ImportTargetFields
            form={form}
            errors={errors}
            lists={lists}
            countries={countries}
            onChange={onChange}
          />
        </fieldset>
      </section>

      <div className={styles.submitArea}>
        {errors.form ? (
          <Alert tone="error" id="import-form-error" tabIndex={-1}>
            {errors.form}
          </Alert>
        ) : null}
        <UploadStatus
          phase={phase}
          opening={opening}
          fileName={preview.fileName}
          onRetry={onSubmit}
          onChooseAnotherFile={onChooseAnotherFile}
        />
        <div className={styles.submitRow}>
          <Button type="submit" variant="primary" size="lg" pending={busy}>
            {phase.kind === "creating" ? "Starting…" : busy ? "Uploading…" : "Start import"}
          </Button>
        </div>
      </div>
    </form>
  );
}
