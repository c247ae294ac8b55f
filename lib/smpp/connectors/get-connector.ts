import { db } from "@/lib/db";
import { connectorIdOrNotFound, connectorNotFound } from "./connector-errors";
import { ZConnectorRef, type ConnectorRef } from "./connector.schema";
import { CONNECTOR_COLUMNS, toConnectorView, type ConnectorView } from "./connector-view";
import { parseOptions } from "@/lib/parse-options";

/** One connector of the organization, without its password; another organization's id is NotFoundError. */
export async function getConnector(options: ConnectorRef): Promise<ConnectorView> {
  const { orgId, connectorId } = parseOptions(ZConnectorRef, options);
  const record = await db.smppConnector.findFirst({
    where: { id: connectorIdOrNotFound(connectorId), orgId },
    select: CONNECTOR_COLUMNS,
  });
  if (!record) throw connectorNotFound();
  return toConnectorView(record);
}
