import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import dataTable from "@/components/ui/data-table.module.css";
import styles from "./webhooks.module.css";

/** An endpoint as the list shows it (plain data, never its secret). */
export type WebhookEndpointRow = {
  id: string;
  url: string;
  description: string;
  eventTypes: string[];
  includeCampaignMessages: boolean;
  enabled: boolean;
  disabledReason: string | null;
  recentSucceeded: number;
  recentFinished: number;
  pending: number;
};

const percent = new Intl.NumberFormat("en", { style: "percent", maximumFractionDigits: 0 });

/** The organization's endpoints: where they point, what they get, whether they work. */
export function WebhookEndpointsTable({
  endpoints,
  recentWindow,
}: {
  endpoints: WebhookEndpointRow[];
  recentWindow: number;
}) {
  return (
    <div className={dataTable.scroller}>
      <table className={`${dataTable.table} ${styles.table}`}>
        <caption className="visually-hidden">Webhook endpoints, oldest first</caption>
        <thead>
          <tr>
            <th scope="col">Endpoint</th>
            <th scope="col">Events</th>
            <th scope="col">State</th>
            <th scope="col" className={styles.number}>
              Delivered <span className={styles.muted}>(last {recentWindow})</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {endpoints.map((endpoint) => (
            <tr key={endpoint.id}>
              <td>
                <Link href={`/settings/webhooks/${endpoint.id}`} className={styles.url}>
                  {endpoint.url}
                </Link>
                {endpoint.description ? <p className={styles.muted}>{endpoint.description}</p> : null}
              </td>
              <td>
                <ul role="list" className={styles.events}>
                  {endpoint.eventTypes.map((type) => (
                    <li key={type}>
                      <code>{type}</code>
                    </li>
                  ))}
                </ul>
                {endpoint.includeCampaignMessages ? (
                  <p className={styles.muted}>with campaign messages</p>
                ) : null}
              </td>
              <td>
                {endpoint.enabled ? (
                  <Badge tone="success">Enabled</Badge>
                ) : (
                  <>
                    <Badge tone="danger">Disabled</Badge>
                    {endpoint.disabledReason ? (
                      <p className={styles.muted}>{endpoint.disabledReason}</p>
                    ) : null}
                  </>
                )}
              </td>
              <td className={styles.number}>
                {endpoint.recentFinished === 0
                  ? "No deliveries yet"
                  : `${percent.format(endpoint.recentSucceeded / endpoint.recentFinished)} of ${endpoint.recentFinished}`}
                {endpoint.pending > 0 ? <p className={styles.muted}>{endpoint.pending} waiting</p> : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
