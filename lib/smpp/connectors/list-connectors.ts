import { db } from "@/lib/db";
import { ZListConnectors, type ListConnectorsInput } from "./connector.schema";
import { CONNECTOR_COLUMNS, toConnectorView, type ConnectorView } from "./connector-view";
import { parseOptions } from "@/lib/parse-options";

/**
 * The organization's connectors by name, without passwords. An organization
 * has a handful (one per carrier route), so they come all at once.
 */
export async function listConnectors(options: ListConnectorsInput): Promise<ConnectorView[]> {
  const { orgId } = parseOptions(ZListConnectors, options);
  const records = await db.smppConnector.findMany({
    where: { orgId },
    orderBy: [{ name: "asc" }, { id: "asc" }],
    select: CONNECTOR_COLUMNS,
  });
  return records.map(toConnectorView);
}
