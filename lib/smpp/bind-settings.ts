import type { ConnectionOptions } from "node:tls";
import type { PDU } from "smpp";
import type { Logger } from "@/lib/logger";

export type BindStatus = "connecting" | "bound" | "reconnecting" | "failed" | "closed";

export interface BindState {
  status: BindStatus;
  /** Why the bind is not bound (the last error), null while all is well. */
  error: string | null;
  /** When `status` last changed. */
  since: Date;
}

/** How one bind reaches and talks to an SMSC: a connector's SMPP settings. */
export interface SmppBindSettings {
  host: string;
  port: number;
  tls: boolean;
  systemId: string;
  password: string;
  systemType: string;
  /** transmitter_receiver opens two sessions: a transmitter for submits and a receiver for deliver_sm. */
  bindMode: "transceiver" | "transmitter_receiver";
  /** Most submit_sm written and not yet answered on one session. */
  windowSize: number;
  /** enquire_link after this long without hearing from the SMSC. */
  enquireLinkSeconds: number;
  /** How long a request (bind, submit_sm, enquire_link, unbind) waits for its response. */
  responseTimeoutSeconds: number;
  sourceTon: number;
  sourceNpi: number;
  destTon: number;
  destNpi: number;
}

export interface ReconnectBackoff {
  /** First delay after a lost connection; it doubles on each failed attempt. Default 500 ms. */
  initialMs: number;
  /** Longest delay, and the retry period after a refused bind. Default 30 s. */
  maxMs: number;
}

export interface SmppBindOptions {
  logger: Logger;
  /** Names this bind in logs (e.g. the connector's name). */
  label?: string;
  onStateChange?(state: BindState): void;
  /**
   * A deliver_sm (receipt or MO). It is answered once this resolves: with
   * ESME_ROK, or ESME_RX_T_APPN if it throws so the SMSC sends it again later.
   * Note that the smpp package has already decoded short_message by
   * data_coding (lossily for bytes outside GSM 03.38).
   */
  onDeliverSm?(pdu: PDU): Promise<void> | void;
  reconnect?: ReconnectBackoff;
  /**
   * One attempt only: start() rejects on any failure to connect or bind, and
   * a lost connection is not re-established. For "test this connection now".
   */
  once?: boolean;
  /** With `once`: the whole connect-and-bind must finish within this time. Default: the response timeout. */
  attemptTimeoutMs?: number;
  /** For `tls` binds: extra trust, e.g. the CA of an SMSC whose certificate is not publicly signed. */
  tlsOptions?: SmppTlsOptions;
}

export type SmppTlsOptions = Pick<ConnectionOptions, "ca" | "rejectUnauthorized" | "servername">;

export const DEFAULT_RECONNECT: ReconnectBackoff = { initialMs: 500, maxMs: 30_000 };
