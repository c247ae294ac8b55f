import type { ReactNode } from "react";
import styles from "./stat-card.module.css";

const numberFormat = new Intl.NumberFormat("en");

type StatCardProps = {
  label: string;
  value: number;
  /** Short context under the number ("last 30 days", "across all lists"). */
  hint?: ReactNode;
};

/** One figure with its label. Render inside a <dl> (the label is a <dt>, the value a <dd>). */
export function StatCard({ label, value, hint }: StatCardProps) {
  return (
    <div className={styles.statCard}>
      <dt className={styles.label}>{label}</dt>
      <dd className={styles.value}>{numberFormat.format(value)}</dd>
      {hint !== undefined ? <dd className={styles.hint}>{hint}</dd> : null}
    </div>
  );
}
