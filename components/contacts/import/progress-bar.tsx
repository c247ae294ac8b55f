import styles from "./progress-bar.module.css";

type ProgressBarProps = {
  /** The bar's accessible name ("Upload progress"). */
  label: string;
  /** 0–100. */
  percent: number;
  /** What a screen reader says instead of the bare number ("45%, 1,200 rows read"). */
  valueText?: string;
  tone?: "accent" | "success" | "danger";
  /** Ids of elements that explain the bar (the status line). */
  describedBy?: string;
};

/** A determinate progress bar with its percentage written next to it. */
export function ProgressBar({ label, percent, valueText, tone = "accent", describedBy }: ProgressBarProps) {
  const value = Math.max(0, Math.min(100, Math.floor(percent)));
  return (
    <div className={styles.wrap}>
      <div
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={value}
        aria-valuetext={valueText ?? `${value}%`}
        aria-describedby={describedBy}
        className={`${styles.track} ${styles[tone]}`}
      >
        <div className={styles.fill} style={{ width: `${value}%` }} />
      </div>
      <span className={styles.percent} aria-hidden="true">
        {value}%
      </span>
    </div>
  );
}
