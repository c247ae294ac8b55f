import type { Metadata } from "next";
import { requireSession } from "@/lib/auth/server";
import { CONNECTOR_DEFAULTS } from "@/lib/smpp";
import { ConnectorFormPage } from "../connector-form-page";

export const metadata: Metadata = { title: "New SMPP connector" };

export default async function NewConnectorPage() {
  const session = await requireSession();
  const { password: _none, ...defaults } = CONNECTOR_DEFAULTS;
  return (
    <ConnectorFormPage
      session={session}
      title="New SMPP connector"
      description="Connect Relay to a carrier's SMS centre with the details the carrier gave you."
      initial={{ id: null, hasPassword: false, name: "", host: "", systemId: "", ...defaults }}
    />
  );
}
