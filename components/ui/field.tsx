import type { ReactNode } from "react";
import styles from "./field.module.css";

/** Attributes a Field hands to its control so label, hint and error are wired up. */
export type FieldControlProps = {
  id: string;
  "aria-invalid": true | undefined;
  "aria-describedby": string | undefined;
  "aria-required": true | undefined;
};

type FieldProps = {
  /** The control's id; the hint and error get `${id}-hint` and `${id}-error`. */
  id: string;
  label: ReactNode;
  /** Help shown under the label, before any error. */
  hint?: ReactNode;
  /** Message shown when the value is not acceptable; marks the control aria-invalid. */
  error?: string;
  required?: boolean;
  /** Something shown on the label's line, at the right (e.g. "Forgot password?"). */
  labelAside?: ReactNode;
  /** Renders the control with the wiring attributes spread on it. */
  children: (control: FieldControlProps) => ReactNode;
};

/** Label + control + hint + error, with ids and ARIA wired so screen readers read them together. */
export function Field({ id, label, hint, error, required = false, labelAside, children }: FieldProps) {
  const hintId = hint !== undefined ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(" ") || undefined;

  return (
    <div className={styles.field}>
      <div className={styles.labelRow}>
        <label htmlFor={id} className={styles.label}>
          {label}
        </label>
        {labelAside}
      </div>
      {hint !== undefined ? (
        <p id={hintId} className={styles.hint}>
          {hint}
        </p>
      ) : null}
      {children({
        id,
        "aria-invalid": error ? true : undefined,
        "aria-describedby": describedBy,
        "aria-required": required || undefined,
      })}
      {error ? (
        <p id={errorId} className={styles.error}>
          <svg viewBox="0 0 16 16" width="14" height="14" aria-hidden="true" focusable="false">
            <circle cx="8" cy="8" r="7" fill="currentColor" />
            <path d="M8 4.5v4M8 11.2v.1" stroke="#fff" strokeWidth="1.6" strokeLinecap="round" />
          </svg>
          <span>{error}</span>
        </p>
      ) : null}
    </div>
  );
}
