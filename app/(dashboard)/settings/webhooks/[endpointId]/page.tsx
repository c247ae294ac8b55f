import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { WebhookDeliveryLog } from "@/components/settings/webhooks/webhook-delivery-log";
import { WebhookEndpointControls } from "@/components/settings/webhooks/webhook-endpoint-controls";
import { WebhookEndpointForm } from "@/components/settings/webhooks/webhook-endpoint-form";
import styles from "@/components/settings/webhooks/webhooks.module.css";
import { Alert } from "@/components/ui/alert";
import { PageHeader } from "@/components/ui/page-header";
import { requireSession } from "@/lib/auth/server";
import { NotFoundError, ValidationError } from "@/lib/errors";
import {
  canManageWebhooks,
  getWebhookEndpoint,
  listWebhookDeliveries,
  type WebhookEventType,
} from "@/lib/webhooks";
import {
  deleteWebhookEndpointAction,
  replayWebhookDeliveryAction,
  revealWebhookSecretAction,
  rotateWebhookSecretAction,
  saveWebhookEndpointAction,
  sendTestWebhookAction,
  setWebhookEndpointEnabledAction,
} from "../actions";

export const metadata: Metadata = { title: "Webhook endpoint" };

type EndpointPageProps = {
  params: Promise<{ endpointId: string }>;
  searchParams: Promise<{ after?: string }>;
};

export default async function WebhookEndpointPage({ params, searchParams }: EndpointPageProps) {
  const session = await requireSession();
  const [{ endpointId }, { after }] = await Promise.all([params, searchParams]);
  const orgId = session.orgId;
  const loaded = await Promise.all([
    getWebhookEndpoint({ orgId, endpointId }),
    listWebhookDeliveries({ orgId, endpointId, after }),
  ]).catch((error: unknown) => {
    // A malformed id or a stale page link reads as "not here", like another organization's endpoint.
    if (error instanceof NotFoundError || error instanceof ValidationError) return null;
    throw error;
  });
  if (!loaded) notFound();
  const [endpoint, log] = loaded;
  const canManage = canManageWebhooks(session.role);
  const base = `/settings/webhooks/${endpoint.id}`;
  return (
    <>
      <PageHeader title={endpoint.url} description={endpoint.description || "A webhook endpoint."} />
      <div className={styles.page}>
        <p>
          <Link href="/settings/webhooks">Back to webhooks</Link>
        </p>
        {endpoint.enabled ? null : (
          <Alert tone="warning" title="This endpoint is disabled">
            {endpoint.disabledReason ?? "It receives no events."} Enable it to receive events again.
          </Alert>
        )}
        {canManage ? (
          <WebhookEndpointControls
            endpoint={{ id: endpoint.id, url: endpoint.url, enabled: endpoint.enabled }}
            actions={{
              sendTest: sendTestWebhookAction,
              reveal: revealWebhookSecretAction,
              rotate: rotateWebhookSecretAction,
              setEnabled: setWebhookEndpointEnabledAction,
              delete: deleteWebhookEndpointAction,
            }}
          />
        ) : null}
        <section className={styles.section} aria-labelledby="delivery-log">
          <h2 id="delivery-log" className={styles.sectionTitle}>
            Delivery log
          </h2>
          <WebhookDeliveryLog
            deliveries={log.deliveries}
            olderHref={log.nextCursor ? `${base}?after=${encodeURIComponent(log.nextCursor)}` : null}
            newestHref={after ? base : null}
            replay={canManage ? replayWebhookDeliveryAction : null}
          />
        </section>
        {canManage ? (
          <section className={styles.section} aria-labelledby="edit-endpoint">
            <h2 id="edit-endpoint" className={styles.sectionTitle}>
              Settings
            </h2>
            <WebhookEndpointForm
              initial={{
                id: endpoint.id,
                url: endpoint.url,
                description: endpoint.description,
                eventTypes: endpoint.eventTypes as WebhookEventType[],
                includeCampaignMessages: endpoint.includeCampaignMessages,
              }}
              saveAction={saveWebhookEndpointAction}
            />
          </section>
        ) : null}
      </div>
    </>
  );
}
