import type { Metadata } from "next";
import Link from "next/link";
import { WebhookEndpointsTable } from "@/components/settings/webhooks/webhook-endpoints-table";
import { Alert } from "@/components/ui/alert";
import { ButtonLink } from "@/components/ui/button-link";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import styles from "@/components/settings/webhooks/webhooks.module.css";
import { requireSession } from "@/lib/auth/server";
import { canManageWebhooks, listWebhookEndpoints, RECENT_DELIVERIES } from "@/lib/webhooks";

export const metadata: Metadata = { title: "Webhooks" };

export default async function WebhooksPage({ searchParams }: { searchParams: Promise<{ saved?: string }> }) {
  const session = await requireSession();
  const [{ saved }, endpoints] = await Promise.all([
    searchParams,
    listWebhookEndpoints({ orgId: session.orgId }),
  ]);
  const canManage = canManageWebhooks(session.role);
  const savedEndpoint = endpoints.find((endpoint) => endpoint.id === saved);
  const add = canManage ? (
    <ButtonLink href="/settings/webhooks/new" variant="primary">
      Add endpoint
    </ButtonLink>
  ) : undefined;
  return (
    <>
      <PageHeader
        title="Webhooks"
        description="Relay POSTs delivery reports and inbound messages to your endpoints, signed per Standard Webhooks, and retries failed deliveries for about a day."
      />
      <div className={styles.page}>
        <p>
          <Link href="/settings">Back to settings</Link>
        </p>
        {savedEndpoint ? (
          <Alert tone="success" role="status">
            Saved {savedEndpoint.url}.
          </Alert>
        ) : null}
        {endpoints.length === 0 ? (
          <EmptyState
            icon="refresh"
            title="No webhook endpoints yet"
            description={
              canManage
                ? "Add an https:// URL of your system to receive message.status (delivery reports) and message.received (replies) events."
                : "An owner or admin of your organization adds the endpoints that receive delivery reports and replies."
            }
            points={[
              "Every request is signed with the endpoint's secret (webhook-signature).",
              "Failed deliveries are retried with backoff for about a day; a 410 answer disables the endpoint.",
            ]}
            action={add}
          />
        ) : (
          <>
            <WebhookEndpointsTable endpoints={endpoints} recentWindow={RECENT_DELIVERIES} />
            <p>{add ?? "Only owners and admins of your organization can change webhook endpoints."}</p>
          </>
        )}
      </div>
    </>
  );
}
