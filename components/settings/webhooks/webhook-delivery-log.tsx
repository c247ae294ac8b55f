import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import dataTable from "@/components/ui/data-table.module.css";
import { EmptyState } from "@/components/ui/empty-state";
import type { ReplayWebhookDeliveryAction } from "./webhook-action-result";
import { ReplayButton } from "./replay-button";
import styles from "./webhooks.module.css";

export type WebhookDeliveryLogRow = {
  id: string;
  eventType: string;
  status: "pending" | "succeeded" | "failed";
  attempts: number;
  lastStatusCode: number | null;
  lastError: string | null;
  nextAttemptAt: Date | null;
  createdAt: Date;
};

const STATUS_TONE = { pending: "warning", succeeded: "success", failed: "danger" } as const;
const time = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "medium", timeZone: "UTC" });

/** One endpoint's deliveries, newest first, a page at a time (keyset: `olderHref` leads on). */
export function WebhookDeliveryLog({
  deliveries,
  olderHref,
  newestHref,
  replay,
}: {
  deliveries: WebhookDeliveryLogRow[];
  olderHref: string | null;
  /** Set on later pages: back to the newest deliveries. */
  newestHref: string | null;
  /** Owners and admins only. */
  replay: ReplayWebhookDeliveryAction | null;
}) {
  if (deliveries.length === 0 && !newestHref) {
    return (
      <EmptyState
        icon="refresh"
        headingLevel={3}
        title="No deliveries yet"
        description="Each event sent to this endpoint shows here with its attempts and the answers your server gave. Send a test event to see one."
      />
    );
  }
  return (
    <div className={styles.stack}>
      <div className={dataTable.scroller}>
        <table className={`${dataTable.table} ${styles.table}`}>
          <caption className="visually-hidden">
            Deliveries to this endpoint, newest first (times in UTC)
          </caption>
          <thead>
            <tr>
              <th scope="col">Time (UTC)</th>
              <th scope="col">Event</th>
              <th scope="col">Status</th>
              <th scope="col" className={styles.number}>
                Attempts
              </th>
              <th scope="col">Last answer</th>
              <th scope="col">Next attempt</th>
              {replay ? (
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              ) : null}
            </tr>
          </thead>
          <tbody>
            {deliveries.map((delivery) => (
              <tr key={delivery.id}>
                <td>
                  <Link href={`/settings/webhooks/deliveries/${delivery.id}`}>
                    {time.format(delivery.createdAt)}
                  </Link>
                </td>
                <td>
                  <code>{delivery.eventType}</code>
                </td>
                <td>
                  <Badge tone={STATUS_TONE[delivery.status]}>{delivery.status}</Badge>
                </td>
                <td className={styles.number}>{delivery.attempts}</td>
                <td className={styles.answer}>
                  {delivery.lastStatusCode ?? (delivery.lastError ? "No answer" : "—")}
                  {delivery.lastError ? <p className={styles.muted}>{delivery.lastError}</p> : null}
                </td>
                <td>
                  {delivery.nextAttemptAt && delivery.status === "pending"
                    ? time.format(delivery.nextAttemptAt)
                    : "—"}
                </td>
                {replay ? (
                  <td>
                    <ReplayButton deliveryId={delivery.id} replay={replay} />
                  </td>
                ) : null}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <nav aria-label="Delivery log pages" className={styles.actions}>
        {newestHref ? <Link href={newestHref}>Newest deliveries</Link> : null}
        {olderHref ? <Link href={olderHref}>Older deliveries</Link> : null}
      </nav>
    </div>
  );
}
