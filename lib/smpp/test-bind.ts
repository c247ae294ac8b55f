import { logger as processLogger, type Logger } from "@/lib/logger";
import type { SmppBindSettings, SmppTlsOptions } from "./bind-settings";
import { SmppBind } from "./smpp-bind";

export type TestBindResult = { ok: true; ms: number; smscSystemId: string } | { ok: false; error: string };

export interface TestBindOptions {
  /** The whole connect-and-bind must finish within this. Default 10 s. */
  timeoutMs?: number;
  logger?: Logger;
  tlsOptions?: SmppTlsOptions;
}

const DEFAULT_TIMEOUT_MS = 10_000;

/**
 * "Bind now and report", for an operator checking a connector: one attempt to
 * connect and bind with the connector's settings (both sessions for
 * transmitter_receiver), then unbind and close. The error says what went
 * wrong in words: refused connection, timeout, TLS failure, or the bind
 * response's status name.
 */
export async function testBind(
  settings: SmppBindSettings,
  options: TestBindOptions = {},
): Promise<TestBindResult> {
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const logger = (options.logger ?? processLogger).child({ component: "smpp-test-bind" });
  const startedAt = performance.now();
  let bind: SmppBind;
  try {
    bind = new SmppBind(
      { ...settings, responseTimeoutSeconds: Math.min(settings.responseTimeoutSeconds, timeoutMs / 1_000) },
      {
        logger,
        label: `test ${settings.systemId}@${settings.host}:${settings.port}`,
        once: true,
        attemptTimeoutMs: timeoutMs,
        tlsOptions: options.tlsOptions,
      },
    );
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
  try {
    await bind.start();
    const ms = Math.round(performance.now() - startedAt);
    return { ok: true, ms, smscSystemId: bind.smscSystemId ?? "" };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  } finally {
    await bind.close({ timeoutMs: 0 });
  }
}
