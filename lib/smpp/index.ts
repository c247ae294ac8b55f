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
export { createRateLimiter, type AdmitRecord, type RateLimiter } from "./rate-limiter";

// Routing: routes by destination prefix, and connector health (bind states + circuit breaker) for failover.
export * from "./routing";
export {
  circuitSettings,
  claimConnectorProbe,
  readConnectorHealth,
  recordConnectorOutcome,
} from "./connector-health";
export type { CircuitOutcome, ConnectorHealth } from "./connector-health-circuit";

// SMPP client: binds, windowed submits, status codes.
export type {
  BindState,
  BindStatus,
  ReconnectBackoff,
  SmppBindOptions,
  SmppBindSettings,
  SmppTlsOptions,
} from "./bind-settings";
export type { SubmitRequest, SubmitResult } from "./submit-types";
export {
  classifyCommandStatus,
  describeCommandStatus,
  formatCommandStatus,
  type CommandStatusDescription,
  type CommandStatusKind,
} from "./command-status";
export { SmppBindError, type SmppBindErrorReason } from "./bind-error";
export { SmppBind, QUEUE_FULL_PAUSE_MS, THROTTLED_PAUSE_MS } from "./smpp-bind";
export { SmppConnectorClient } from "./smpp-connector-client";
export { testBind, type TestBindOptions, type TestBindResult } from "./test-bind";

// Reading deliver_sm: delivery receipts, inbound messages, SMSC message ids.
export {
  MAX_MO_TEXT_LENGTH,
  RECEIPT_STATS,
  isDeliveryReceipt,
  messageStatusOfReceipt,
  normalizeSmscMessageId,
  readMo,
  readReceipt,
  receiptIdCandidates,
  type DeliveryReceipt,
  type InboundMessage,
  type MoReading,
  type ReceiptMessageStatus,
  type ReceiptReading,
  type ReceiptStat,
} from "./receipts";
