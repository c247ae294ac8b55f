"use client";

import { useRef, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Icon } from "@/components/ui/icon";
import { FileDropZone } from "./file-drop-zone";
import { formatMegabytes } from "./format-bytes";
import { readCsvPreview, type CsvPreview, type CsvPreviewResult } from "./read-csv-preview";
import styles from "./import-wizard.module.css";

type ChooseFileStepProps = {
  maxBytes: number;
  onChosen: (file: File, preview: CsvPreview) => void;
};

const ERROR_ID = "csv-file-error";

/** Step 1: pick or drop a file; it is checked and its first rows read in the browser. */
export function ChooseFileStep({ maxBytes, onChosen }: ChooseFileStepProps) {
  const inputRef = useRef<HTMLInputElement>(null);
  const [reading, setReading] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function handleFile(file: File) {
    setReading(true);
    setError(null);
    let result: CsvPreviewResult;
    try {
      result = await readCsvPreview(file, maxBytes);
    } catch {
      // The browser could not read the file at all (moved, or permission withdrawn).
      result = {
        ok: false,
        message: "This file could not be read. Choose it again, or save a copy and choose that.",
      };
    }
    setReading(false);
    if (result.ok) {
      onChosen(file, result.preview);
      return;
    }
    setError(result.message);
    // Back on the input, which the message now describes, ready for another file.
    inputRef.current?.focus();
  }

  return (
    <section aria-labelledby="choose-file-heading" className={styles.step}>
      <div className={styles.stepHeader}>
        <span className={styles.stepNumber} aria-hidden="true">
          1
        </span>
        <div>
          <h2 id="choose-file-heading" tabIndex={-1} className={styles.stepTitle}>
            Choose a file
          </h2>
          <p className={styles.stepDescription}>
            Only the first rows are read here, to show you the columns; nothing is sent until you start the
            import.
          </p>
        </div>
      </div>
      <div className={styles.stepBody}>
        <FileDropZone
          id="csv-file"
          ref={inputRef}
          hint={`CSV or TXT, up to ${formatMegabytes(maxBytes)}. Separated by commas, semicolons, tabs or |.`}
          errorId={error ? ERROR_ID : undefined}
          busy={reading}
          onFile={(file) => void handleFile(file)}
        />
        <div role="alert" aria-atomic="true">
          {error ? (
            <Alert tone="error" id={ERROR_ID} title="This file can't be imported">
              {error}
            </Alert>
          ) : null}
        </div>
        <ul role="list" className={styles.tips}>
          <li>
            <Icon name="check" size={16} className={styles.tipIcon} />
            One column with phone numbers, written with or without a country code.
          </li>
          <li>
            <Icon name="check" size={16} className={styles.tipIcon} />
            Names, email and time zone if you have them; any other column becomes a custom field.
          </li>
          <li>
            <Icon name="check" size={16} className={styles.tipIcon} />
            Excel&apos;s “CSV” and “CSV UTF-8” both work.
          </li>
        </ul>
      </div>
    </section>
  );
}
