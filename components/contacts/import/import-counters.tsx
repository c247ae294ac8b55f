import type { ImportProgressEvent } from "@/lib/events";
import styles from "./import-counters.module.css";

const countFormat = new Intl.NumberFormat("en");

const COUNTERS = [
  { key: "rowsRead", label: "Rows read", hint: "Data rows in the file" },
  { key: "imported", label: "Imported", hint: "New contacts" },
  { key: "updated", label: "Updated", hint: "Existing contacts given new values" },
  { key: "duplicates", label: "Duplicates", hint: "Numbers seen before, not added twice" },
  { key: "invalid", label: "Invalid", hint: "Rows rejected with a reason" },
] as const;

/** The import's counters. Each value is named by its label, so it can be found by it. */
export function ImportCounters({ progress }: { progress: ImportProgressEvent }) {
  return (
    <dl className={styles.counters}>
      {COUNTERS.map(({ key, label, hint }) => (
        <div
          key={key}
          className={styles.counter}
          data-tone={key === "invalid" && progress.invalid > 0 ? "danger" : undefined}
        >
          <dt id={`import-counter-${key}`} className={styles.label}>
            {label}
          </dt>
          <dd aria-labelledby={`import-counter-${key}`} className={styles.value}>
            {countFormat.format(progress[key])}
          </dd>
          <dd className={styles.hint}>{hint}</dd>
        </div>
      ))}
    </dl>
  );
}
