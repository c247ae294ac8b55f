import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ReplayButton } from "@/components/settings/webhooks/replay-button";
import styles from "@/components/settings/webhooks/webhooks.module.css";
import { Badge } from "@/components/ui/badge";
import dataTable from "@/components/ui/data-table.module.css";
import { PageHeader } from "@/components/ui/page-header";
import { requireSession } from "@/lib/auth/server";
import { NotFoundError, ValidationError } from "@/lib/errors";
import { canManageWebhooks, getWebhookDelivery } from "@/lib/webhooks";
import { replayWebhookDeliveryAction } from "../../actions";

export const metadata: Metadata = { title: "Webhook delivery" };

const time = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "medium", timeZone: "UTC" });
const STATUS_TONE = { pending: "warning", succeeded: "success", failed: "danger" } as const;

export default async function WebhookDeliveryPage({ params }: { params: Promise<{ deliveryId: string }> }) {
  const session = await requireSession();
  const { deliveryId } = await params;
  const delivery = await getWebhookDelivery({ orgId: session.orgId, deliveryId }).catch((error: unknown) => {
    if (error instanceof NotFoundError || error instanceof ValidationError) return null;
    throw error;
  });
  if (!delivery) notFound();
  return (
    <>
      <PageHeader
        title={`Delivery of ${delivery.eventType}`}
        description={`webhook-id ${delivery.webhookId}`}
      />
      <div className={styles.page}>
        <p>
          <Link href={`/settings/webhooks/${delivery.endpointId}`}>Back to the endpoint</Link>
        </p>
        <dl className={styles.facts}>
          <dt>Status</dt>
          <dd>
            <Badge tone={STATUS_TONE[delivery.status]}>{delivery.status}</Badge>
          </dd>
          <dt>Created (UTC)</dt>
          <dd>{time.format(delivery.createdAt)}</dd>
          <dt>Attempts</dt>
          <dd>{delivery.attempts}</dd>
          <dt>Next attempt (UTC)</dt>
          <dd>
            {delivery.status === "pending" && delivery.nextAttemptAt
              ? time.format(delivery.nextAttemptAt)
              : "—"}
          </dd>
        </dl>
        {canManageWebhooks(session.role) ? (
          <p>
            <ReplayButton deliveryId={delivery.id} replay={replayWebhookDeliveryAction} />
          </p>
        ) : null}
        <section className={styles.section} aria-labelledby="attempts">
          <h2 id="attempts" className={styles.sectionTitle}>
            Attempts
          </h2>
          {delivery.attemptLog.length === 0 ? (
            <p className={styles.muted}>Not attempted yet.</p>
          ) : (
            <div className={dataTable.scroller}>
              <table className={`${dataTable.table} ${styles.table}`}>
                <caption className="visually-hidden">Attempts, newest first (times in UTC)</caption>
                <thead>
                  <tr>
                    <th scope="col">Time (UTC)</th>
                    <th scope="col">Answer</th>
                    <th scope="col" className={styles.number}>
                      Duration
                    </th>
                    <th scope="col">Response (excerpt) or error</th>
                  </tr>
                </thead>
                <tbody>
                  {delivery.attemptLog.map((attempt) => (
                    <tr key={attempt.id}>
                      <td>{time.format(attempt.attemptedAt)}</td>
                      <td>{attempt.statusCode ?? "No answer"}</td>
                      <td className={styles.number}>{attempt.durationMs} ms</td>
                      <td className={styles.answer}>
                        {attempt.error ?? <code>{attempt.responseExcerpt || "(empty)"}</code>}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </section>
        <section className={styles.section} aria-labelledby="payload">
          <h2 id="payload" className={styles.sectionTitle}>
            Payload
          </h2>
          <pre className={styles.payload}>{JSON.stringify(delivery.payload, null, 2)}</pre>
        </section>
      </div>
    </>
  );
}
