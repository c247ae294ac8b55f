"use client";

import { useState, type DragEvent, type Ref } from "react";
import { Icon } from "@/components/ui/icon";
import styles from "./file-drop-zone.module.css";

type FileDropZoneProps = {
  id: string;
  /** Help under the label: accepted types and the size limit. */
  hint: string;
  /** Id of an error message about the last file, read together with the input. */
  errorId?: string;
  busy?: boolean;
  onFile: (file: File) => void;
  ref?: Ref<HTMLInputElement>;
};

/**
 * A file input shown as a large target that also takes a dropped file. The
 * input stays a real, focusable control (visually hidden), so keyboard and
 * screen-reader users get the browser's own file picker through the label.
 */
export function FileDropZone({ id, hint, errorId, busy = false, onFile, ref }: FileDropZoneProps) {
  const [dragging, setDragging] = useState(false);

  function handleDragOver(event: DragEvent<HTMLLabelElement>) {
    if (!event.dataTransfer.types.includes("Files")) return;
    // Without preventDefault the browser would open the dropped file itself.
    event.preventDefault();
    event.dataTransfer.dropEffect = "copy";
    setDragging(true);
  }

  function handleDrop(event: DragEvent<HTMLLabelElement>) {
    event.preventDefault();
    setDragging(false);
    const file = event.dataTransfer.files[0];
    if (file && !busy) onFile(file);
  }

  return (
    <label
      htmlFor={id}
      className={styles.zone}
      data-dragging={dragging || undefined}
      data-busy={busy || undefined}
      onDragOver={handleDragOver}
      onDragEnter={handleDragOver}
      onDragLeave={() => setDragging(false)}
      onDrop={handleDrop}
    >
      <span className={styles.icon}>
        <Icon name="upload" size={24} />
      </span>
      <span id={`${id}-label`} className={styles.title}>
        Choose a CSV file
      </span>
      <span className={styles.subtitle} aria-hidden="true">
        {busy
          ? "Reading its first rows…"
          : dragging
            ? "Drop it to read its columns"
            : "or drag and drop it here"}
      </span>
      <span id={`${id}-hint`} className={styles.hint}>
        {hint}
      </span>
      <input
        ref={ref}
        id={id}
        name="file"
        type="file"
        accept=".csv,.txt,text/csv"
        className={`visually-hidden ${styles.input}`}
        aria-labelledby={`${id}-label`}
        aria-describedby={[`${id}-hint`, errorId].filter(Boolean).join(" ")}
        aria-invalid={errorId ? true : undefined}
        aria-busy={busy || undefined}
        onChange={(event) => {
          const file = event.target.files?.[0];
          // Cleared so that choosing the same file again (after fixing it) is noticed.
          event.target.value = "";
          if (file && !busy) onFile(file);
        }}
      />
    </label>
  );
}
