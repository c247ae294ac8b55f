import { describe, expect, it } from "vitest";
import { bindRefusedError, connectionError } from "./bind-error";

const address = { host: "smsc.example.net", port: 2775, tls: false };

function socketError(code: string, message = code): Error {
  return Object.assign(new Error(message), { code });
}

describe("connectionError", () => {
  it("words a refused connection", () => {
    const error = connectionError(socketError("ECONNREFUSED"), address, false);
    expect(error.message).toBe(
      "Connection refused by smsc.example.net:2775 (nothing is listening on that port)",
    );
    expect(error.reason).toBe("unreachable");
  });

  it("words an unknown host", () => {
    expect(connectionError(socketError("ENOTFOUND"), address, false).message).toBe(
      'Host name "smsc.example.net" could not be resolved',
    );
  });

  it("recognises certificate problems as TLS errors", () => {
    const error = connectionError(
      socketError("DEPTH_ZERO_SELF_SIGNED_CERT", "self-signed certificate"),
      { ...address, tls: true },
      true,
    );
    expect(error.reason).toBe("tls");
    expect(error.message).toBe(
      "TLS handshake with smsc.example.net:2775 failed: self-signed certificate (DEPTH_ZERO_SELF_SIGNED_CERT)",
    );
  });

  it("blames TLS when the server hangs up during the handshake", () => {
    const error = connectionError(socketError("ECONNRESET"), { ...address, tls: true }, true);
    expect(error.reason).toBe("tls");
    expect(error.message).toContain("is TLS enabled on that port?");
  });
});

describe("bindRefusedError", () => {
  it("names the status and points at the credentials", () => {
    const error = bindRefusedError(0x0e, "bind_transceiver");
    expect(error.message).toBe(
      "The SMSC refused bind_transceiver: ESME_RINVPASWD (0x0000000E, Invalid password); check system_id, password and system_type",
    );
    expect(error.reason).toBe("refused");
    expect(error.commandStatus).toBe(0x0e);
  });
});
