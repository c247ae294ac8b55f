import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requireSession } from "@/lib/auth/server";
import { NotFoundError } from "@/lib/errors";
import { getConnector } from "@/lib/smpp";
import { ConnectorFormPage } from "../connector-form-page";

export const metadata: Metadata = { title: "Edit SMPP connector" };

type EditConnectorPageProps = { params: Promise<{ connectorId: string }> };

export default async function EditConnectorPage({ params }: EditConnectorPageProps) {
  const session = await requireSession();
  const { connectorId } = await params;
  // Another organization's connector, or none at all: the same "not found" page.
  const connector = await getConnector({ orgId: session.orgId, connectorId }).catch((error: unknown) => {
    if (error instanceof NotFoundError) notFound();
    throw error;
  });
  const { createdAt: _created, updatedAt: _updated, ...settings } = connector;
  return (
    <ConnectorFormPage
      session={session}
      title={connector.name}
      description="Change how Relay connects to this SMSC and how fast it sends."
      initial={settings}
    />
  );
}
