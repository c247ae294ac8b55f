import type { ConnectorDraft, ConnectorField } from "@/lib/smpp";

/** What a connector server action answers: the form keeps everything typed and shows errors by field. */
export type ConnectorActionResult<T> =
  | { ok: true; value: T }
  | {
      ok: false;
      /** A message for the whole form or row, when the problem is not one field's. */
      message: string | null;
      fieldErrors: Partial<Record<ConnectorField, string>>;
    };

export type SavedConnector = { id: string; name: string };

export type SaveConnectorAction = (
  connectorId: string | null,
  draft: ConnectorDraft,
) => Promise<ConnectorActionResult<SavedConnector>>;

/** The outcome of a test bind, as the row shows it. */
export type ConnectionTestResult =
  { ok: true; ms: number; smscSystemId: string | null } | { ok: false; error: string };

export type ConnectorRowAction<T> = (connectorId: string) => Promise<ConnectorActionResult<T>>;
