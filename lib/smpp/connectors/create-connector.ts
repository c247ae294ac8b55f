import { db } from "@/lib/db";
import { encryptConnectorPassword } from "../connector-secret";
import { ConnectorNameTakenError, isUniqueViolation } from "./connector-errors";
import { assertCanManageConnectors } from "./connector-role";
import { ZCreateConnector, type CreateConnectorInput } from "./connector.schema";
import { CONNECTOR_COLUMNS, toConnectorView, type ConnectorView } from "./connector-view";
import { parseOptions } from "@/lib/parse-options";

/**
 * Saves a new SMPP connector for the organization, its password encrypted.
 * Only owners and admins may (ForbiddenError); a bad setting is a
 * ValidationError on its field; a name in use is ConnectorNameTakenError.
 */
export async function createConnector(options: CreateConnectorInput): Promise<ConnectorView> {
  assertCanManageConnectors(options.role);
  const { orgId, role: _role, password, ...settings } = parseOptions(ZCreateConnector, options);
  try {
    const record = await db.smppConnector.create({
      data: { orgId, ...settings, password: encryptConnectorPassword(password, { orgId }) },
      select: CONNECTOR_COLUMNS,
    });
    return toConnectorView(record);
  } catch (error) {
    if (isUniqueViolation(error)) throw new ConnectorNameTakenError(settings.name);
    throw error;
  }
}
