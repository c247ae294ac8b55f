// SMPP connectors: settings per organization (server only: they use the database).
export { createConnector } from "./create-connector";
export { updateConnector } from "./update-connector";
export { deleteConnector } from "./delete-connector";
export { getConnector } from "./get-connector";
export { listConnectors } from "./list-connectors";
export { loadConnectorSettings } from "./load-connector-settings";
export { testConnector } from "./test-connector";
export { canManageConnectors, assertCanManageConnectors } from "./connector-role";
export { ConnectorNameTakenError } from "./connector-errors";
export type { ConnectorView } from "./connector-view";
export type { ConnectorSettings } from "./connector-settings";
export {
  BIND_MODES,
  CONNECTOR_DEFAULTS,
  MAX_PASSWORD_LENGTH,
  MAX_SYSTEM_ID_LENGTH,
  MAX_SYSTEM_TYPE_LENGTH,
  MAX_TON,
  SMPP_NPI_VALUES,
  ZConnectorDraft,
  ZCreateConnector,
  ZUpdateConnector,
  isSmscHost,
  type ConnectorDraft,
  type ConnectorField,
  type ConnectorRef,
  type CreateConnectorInput,
  type ListConnectorsInput,
  type ManageConnectorInput,
  type TestConnectorInput,
  type UpdateConnectorInput,
} from "./connector.schema";
