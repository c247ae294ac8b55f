import type { Metadata } from "next";
import Link from "next/link";
import { WebhookEndpointForm } from "@/components/settings/webhooks/webhook-endpoint-form";
import { Alert } from "@/components/ui/alert";
import { PageHeader } from "@/components/ui/page-header";
import { requireSession } from "@/lib/auth/server";
import { canManageWebhooks } from "@/lib/webhooks";
import { saveWebhookEndpointAction } from "../actions";

export const metadata: Metadata = { title: "New webhook endpoint" };

export default async function NewWebhookEndpointPage() {
  const session = await requireSession();
  return (
    <>
      <PageHeader
        title="New webhook endpoint"
        description="A URL of your system that receives signed events."
      />
      {canManageWebhooks(session.role) ? (
        <WebhookEndpointForm
          initial={{
            id: null,
            url: "",
            description: "",
            eventTypes: ["message.status", "message.received"],
            includeCampaignMessages: false,
          }}
          saveAction={saveWebhookEndpointAction}
        />
      ) : (
        <Alert tone="info" title="Only owners and admins can add webhook endpoints">
          Ask an owner or admin of {session.orgName} to add it.{" "}
          <Link href="/settings/webhooks">Back to webhooks</Link>
        </Alert>
      )}
    </>
  );
}
