import type { CampaignCounts } from "../campaign-status";
import styles from "./campaign-counters.module.css";

const countFormat = new Intl.NumberFormat("en");

const COUNTERS: Array<{
  key: string;
  label: string;
  hint: string;
  value: (counts: CampaignCounts) => number;
  tone?: "danger" | "warning";
}> = [
  { key: "recipients", label: "Recipients", hint: "Messages to send", value: (c) => c.recipients },
  { key: "sent", label: "Sent", hint: "Accepted by the carrier", value: (c) => c.sent },
  { key: "delivered", label: "Delivered", hint: "Confirmed on the phone", value: (c) => c.delivered },
  {
    key: "failed",
    label: "Failed",
    hint: "Refused or undeliverable",
    value: (c) => c.failed + c.undelivered,
    tone: "danger",
  },
  {
    key: "unknown",
    label: "Unknown",
    hint: "No answer from the carrier yet",
    value: (c) => c.unknown,
    tone: "warning",
  },
  { key: "skipped", label: "Skipped", hint: "Opted out before their turn", value: (c) => c.skipped },
  { key: "cancelled", label: "Cancelled", hint: "Never sent: cancelled", value: (c) => c.cancelled },
  {
    key: "excluded",
    label: "Excluded",
    hint: "Opted out or on several lists",
    value: (c) => c.excludedOptedOut + c.excludedDuplicates,
  },
];

/** The campaign's maintained counters. Each value is named by its label, so it can be found by it. */
export function CampaignCounters({ counts }: { counts: CampaignCounts }) {
  return (
    <dl className={styles.counters}>
      {COUNTERS.map(({ key, label, hint, value, tone }) => {
        const n = value(counts);
        return (
          <div key={key} className={styles.counter} data-tone={tone && n > 0 ? tone : undefined}>
            <dt id={`campaign-counter-${key}`} className={styles.label}>
              {label}
            </dt>
            <dd aria-labelledby={`campaign-counter-${key}`} className={styles.value}>
              {countFormat.format(n)}
            </dd>
            <dd className={styles.hint}>{hint}</dd>
          </div>
        );
      })}
    </dl>
  );
}
