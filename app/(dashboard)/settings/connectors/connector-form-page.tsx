import Link from "next/link";
import { ConnectorForm, type ConnectorFormInitial } from "@/components/settings/connectors/connector-form";
import { Alert } from "@/components/ui/alert";
import { PageHeader } from "@/components/ui/page-header";
import type { AppSession } from "@/lib/auth";
import { canManageConnectors } from "@/lib/smpp";
import { saveConnectorAction } from "./actions";

/** The new and edit pages: the form for owners and admins, a read-only note for members. */
export function ConnectorFormPage({
  session,
  title,
  description,
  initial,
}: {
  session: AppSession;
  title: string;
  description: string;
  initial: ConnectorFormInitial;
}) {
  return (
    <>
      <PageHeader title={title} description={description} />
      {canManageConnectors(session.role) ? (
        <ConnectorForm key={initial.id ?? "new"} initial={initial} saveAction={saveConnectorAction} />
      ) : (
        <Alert tone="info" title="Only owners and admins can change connectors">
          Ask an owner or admin of {session.orgName} to make this change.{" "}
          <Link href="/settings#smpp">Back to settings</Link>
        </Alert>
      )}
    </>
  );
}
