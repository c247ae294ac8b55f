import { describeCommandStatus, formatCommandStatus } from "./command-status";

/**
 * - refused: the SMSC answered the bind with an error (bad credentials, …)
 * - unreachable: no TCP connection (refused, unknown host, no route)
 * - timeout: no connection, or no answer, in time
 * - tls: the TLS handshake failed (certificate, protocol)
 * - closed: the connection ended before or while the session was bound
 */
export type SmppBindErrorReason = "refused" | "unreachable" | "timeout" | "tls" | "closed";

/** Why a session could not be bound or was lost, worded for an operator. */
export class SmppBindError extends Error {
  constructor(
    message: string,
    readonly reason: SmppBindErrorReason,
    /** The bind response's command_status when reason is "refused". */
    readonly commandStatus: number | null = null,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = "SmppBindError";
  }
}

export interface SmscAddress {
  host: string;
  port: number;
  tls: boolean;
}

export function addressText({ host, port }: SmscAddress): string {
  return `${host}:${port}`;
}

export function bindRefusedError(commandStatus: number, command: string): SmppBindError {
  const { name, meaning, kind } = describeCommandStatus(commandStatus);
  const hint = kind === "permanent" ? "; check system_id, password and system_type" : "";
  return new SmppBindError(
    `The SMSC refused ${command}: ${name} (${formatCommandStatus(commandStatus)}, ${meaning})${hint}`,
    "refused",
    commandStatus,
  );
}

const TLS_ERROR_CODE = /CERT|SSL|TLS|^ERR_OSSL|^DEPTH_ZERO|^UNABLE_TO/;

/** A socket error in words, with the address it concerns. */
export function connectionError(error: Error, address: SmscAddress, handshaking: boolean): SmppBindError {
  const code = (error as NodeJS.ErrnoException).code ?? "";
  const target = addressText(address);
  const cause = { cause: error };
  if (TLS_ERROR_CODE.test(code)) {
    return new SmppBindError(
      `TLS handshake with ${target} failed: ${error.message} (${code})`,
      "tls",
      null,
      cause,
    );
  }
  if (handshaking && code === "ECONNRESET") {
    return new SmppBindError(
      `TLS handshake with ${target} failed: the server closed the connection (is TLS enabled on that port?)`,
      "tls",
      null,
      cause,
    );
  }
  switch (code) {
    case "ECONNREFUSED":
      return new SmppBindError(
        `Connection refused by ${target} (nothing is listening on that port)`,
        "unreachable",
        null,
        cause,
      );
    case "ENOTFOUND":
    case "EAI_AGAIN":
      return new SmppBindError(
        `Host name "${address.host}" could not be resolved`,
        "unreachable",
        null,
        cause,
      );
    case "EHOSTUNREACH":
    case "ENETUNREACH":
      return new SmppBindError(
        `${address.host} is unreachable from this machine (${code})`,
        "unreachable",
        null,
        cause,
      );
    case "ETIMEDOUT":
      return new SmppBindError(`Connection to ${target} timed out`, "timeout", null, cause);
    case "ECONNRESET":
    case "EPIPE":
      return new SmppBindError(`The SMSC at ${target} reset the connection`, "closed", null, cause);
    default:
      return new SmppBindError(
        `Connection to ${target} failed: ${error.message}${code ? ` (${code})` : ""}`,
        "unreachable",
        null,
        cause,
      );
  }
}
