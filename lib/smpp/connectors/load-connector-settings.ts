import { db } from "@/lib/db";
import { decryptConnectorPassword } from "../connector-secret";
import { connectorIdOrNotFound, connectorNotFound } from "./connector-errors";
import type { ConnectorSettings } from "./connector-settings";
import { ZConnectorRef } from "./connector.schema";
import { parseOptions } from "@/lib/parse-options";

/**
 * What the worker binds with: every setting of one of the organization's
 * connectors, the password decrypted. Never hand the result to a browser.
 * Throws NotFoundError for a connector that is gone (or another
 * organization's), ConnectorSecretError when the password cannot be read.
 */
export async function loadConnectorSettings(orgId: string, connectorId: string): Promise<ConnectorSettings> {
  const ref = parseOptions(ZConnectorRef, { orgId, connectorId });
  const record = await db.smppConnector.findFirst({
    where: { id: connectorIdOrNotFound(ref.connectorId), orgId: ref.orgId },
    select: {
      id: true,
      orgId: true,
      name: true,
      host: true,
      port: true,
      tls: true,
      systemId: true,
      password: true,
      systemType: true,
      bindMode: true,
      binds: true,
      windowSize: true,
      throughputPerSecond: true,
      sourceTon: true,
      sourceNpi: true,
      destTon: true,
      destNpi: true,
      enquireLinkSeconds: true,
      responseTimeoutSeconds: true,
      enabled: true,
    },
  });
  if (!record) throw connectorNotFound();
  return { ...record, password: decryptConnectorPassword(record.password, { orgId: record.orgId }) };
}
