import type { CampaignReportData } from "./campaign-report-data";
import dataTable from "@/components/ui/data-table.module.css";
import styles from "./campaign-analytics.module.css";

const countFormat = new Intl.NumberFormat("en");

const STATUS_LABELS: Record<CampaignReportData["failures"][number]["status"], string> = {
  failed: "Refused at submit",
  undelivered: "Undelivered",
  rejected: "Rejected by carrier",
  expired: "Expired",
};

/** Messages that were not delivered, grouped by how they ended and the error code given. */
export function FailuresTable({ failures }: { failures: CampaignReportData["failures"] }) {
  if (failures.length === 0) {
    return <p className={styles.muted}>No failures: nothing was refused, undeliverable or expired.</p>;
  }
  const total = failures.reduce((sum, group) => sum + group.count, 0);
  return (
    <div className={dataTable.scroller}>
      <table className={`${dataTable.table} ${styles.failures} ${styles.numericTable}`}>
        <caption className="visually-hidden">
          Failed messages by error: {countFormat.format(total)} in all
        </caption>
        <thead>
          <tr>
            <th scope="col">Outcome</th>
            <th scope="col">Error</th>
            <th scope="col">What it means</th>
            <th scope="col" className={styles.number}>
              Messages
            </th>
          </tr>
        </thead>
        <tbody>
          {failures.map((group) => (
            <tr key={`${group.status}:${group.errorCode ?? "none"}`}>
              <td className={styles.nowrap}>{STATUS_LABELS[group.status]}</td>
              <td>
                <code className={styles.code}>{group.error}</code>
              </td>
              <td>{group.meaning}</td>
              <td className={styles.number}>{countFormat.format(group.count)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
