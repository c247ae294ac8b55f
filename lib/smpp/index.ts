// SMPP connectors: settings per organization, passwords encrypted at rest, live bind state.
export * from "./connectors";
export {
  ConnectorSecretError,
  decryptConnectorPassword,
  deriveConnectorKey,
  encryptConnectorPassword,
} from "./connector-secret";
export {
  BIND_STATE_TTL_SECONDS,
  REPORTED_BIND_STATUSES,
  ZBindStateReport,
  readConnectorStates,
  reportBindState,
  summarizeBindStates,
  type BindStateReport,
  type ConnectorBindState,
  type ConnectorState,
  type ReportedBind,
} from "./connector-state";
export { createRateLimiter, type RateLimiter } from "./rate-limiter";
