import { db } from "@/lib/db";
import { encryptConnectorPassword } from "../connector-secret";
import {
  ConnectorNameTakenError,
  connectorIdOrNotFound,
  connectorNotFound,
  isRecordNotFound,
  isUniqueViolation,
} from "./connector-errors";
import { assertCanManageConnectors } from "./connector-role";
import { ZUpdateConnector, type UpdateConnectorInput } from "./connector.schema";
import { CONNECTOR_COLUMNS, toConnectorView, type ConnectorView } from "./connector-view";
import { parseOptions } from "@/lib/parse-options";

/**
 * Changes the given settings of one of the organization's connectors, with
 * the checks of `createConnector`. A password left out or empty keeps the
 * saved one. Workers pick the new settings up the next time they bind.
 */
export async function updateConnector(options: UpdateConnectorInput): Promise<ConnectorView> {
  assertCanManageConnectors(options.role);
  const { orgId, connectorId, role: _role, password, ...settings } = parseOptions(ZUpdateConnector, options);
  const id = connectorIdOrNotFound(connectorId);
  try {
    // orgId in the where clause: another organization's connector is not found, not changed.
    const record = await db.smppConnector.update({
      where: { id, orgId },
      data: {
        ...settings,
        ...(password ? { password: encryptConnectorPassword(password, { orgId }) } : {}),
      },
      select: CONNECTOR_COLUMNS,
    });
    return toConnectorView(record);
  } catch (error) {
    if (isRecordNotFound(error)) throw connectorNotFound();
    if (isUniqueViolation(error) && settings.name !== undefined)
      throw new ConnectorNameTakenError(settings.name);
    throw error;
  }
}
