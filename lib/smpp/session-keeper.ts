import type { BindCommand, PDU } from "smpp";
import type { Logger } from "@/lib/logger";
import { SmppBindError } from "./bind-error";
import type { BindStatus, ReconnectBackoff, SmppBindSettings, SmppTlsOptions } from "./bind-settings";
import { classifyCommandStatus } from "./command-status";
import { reconnectDelay } from "./reconnect-delay";
import { SmppLink } from "./smpp-link";

export type SessionMode = "transceiver" | "transmitter" | "receiver";

const BIND_COMMAND: Readonly<Record<SessionMode, BindCommand>> = {
  transceiver: "bind_transceiver",
  transmitter: "bind_transmitter",
  receiver: "bind_receiver",
};

export interface SessionKeeperOptions {
  settings: SmppBindSettings;
  mode: SessionMode;
  logger: Logger;
  reconnect: ReconnectBackoff;
  once: boolean;
  attemptTimeoutMs: number | undefined;
  tlsOptions: SmppTlsOptions | undefined;
  onDeliverSm?: (pdu: PDU) => Promise<void> | void;
  /** A new link is bound and ready for requests. */
  onBound(link: SmppLink): void;
  onStatusChange(): void;
  random?: () => number;
}

/**
 * Keeps one SMPP session of one bind mode bound: connects, binds, and when the
 * connection is lost connects again with exponential backoff. A bind the SMSC
 * refuses for good (bad credentials) leaves the session "failed", retried only
 * every maxMs, since an operator may fix the password meanwhile.
 */
export class SessionKeeper {
  status: BindStatus = "connecting";
  error: string | null = null;
  /** The bound link, null while (re)connecting. */
  link: SmppLink | null = null;
  smscSystemId: string | null = null;
  private readonly options: SessionKeeperOptions;
  private readonly log: Logger;
  private readonly firstBound: Deferred;
  private connecting: SmppLink | null = null;
  private stopped = false;
  private running: Promise<void> | null = null;
  private sleepTimer: NodeJS.Timeout | undefined;
  private wake: (() => void) | null = null;

  constructor(options: SessionKeeperOptions) {
    this.options = options;
    this.log = options.logger;
    this.firstBound = deferred();
  }

  /** Resolves once bound the first time; rejects on a refused bind, or on any failure with `once`. */
  start(): Promise<void> {
    this.running ??= this.run();
    return this.firstBound.promise;
  }

  /** No reconnect from here on; a bound session is unbound and its socket closed. */
  async stop(unbindTimeoutMs: number): Promise<void> {
    this.stopped = true;
    clearTimeout(this.sleepTimer);
    this.wake?.();
    this.connecting?.destroy(new SmppBindError("The bind was closed while connecting", "closed"));
    this.firstBound.reject(new SmppBindError("The bind was closed before it was bound", "closed"));
    await this.link?.unbind(unbindTimeoutMs);
    await this.running;
    this.setStatus("closed", null);
  }

  private async run(): Promise<void> {
    let failures = 0;
    while (!this.stopped) {
      let delayMs: number;
      try {
        const lost = await this.connectAndBind();
        failures = 0;
        const error = await lost;
        if (this.stopped) return;
        this.log.warn({ err: error }, "SMPP session lost");
        if (this.options.once) {
          this.setStatus("failed", error.message);
          return;
        }
        this.setStatus("reconnecting", error.message);
        delayMs = reconnectDelay(failures++, this.options.reconnect, this.options.random);
      } catch (caught) {
        if (this.stopped) return;
        const error = asBindError(caught);
        const refusedForGood =
          error.reason === "refused" &&
          error.commandStatus !== null &&
          classifyCommandStatus(error.commandStatus) === "permanent";
        if (this.options.once || refusedForGood) {
          this.log.error({ err: error }, "SMPP bind failed");
          this.setStatus("failed", error.message);
          this.firstBound.reject(error);
          if (this.options.once) return;
          delayMs = this.options.reconnect.maxMs;
        } else {
          this.log.warn({ err: error }, "SMPP connection failed; retrying");
          this.setStatus("reconnecting", error.message);
          delayMs = reconnectDelay(failures++, this.options.reconnect, this.options.random);
        }
      }
      await this.sleep(delayMs);
    }
  }

  /** Resolves once bound, with a promise of why the session later ends. */
  private async connectAndBind(): Promise<Promise<SmppBindError>> {
    const { settings, attemptTimeoutMs } = this.options;
    const responseTimeoutMs = settings.responseTimeoutSeconds * 1_000;
    const deadline = attemptTimeoutMs === undefined ? null : Date.now() + attemptTimeoutMs;
    const remaining = () => (deadline === null ? responseTimeoutMs : Math.max(1, deadline - Date.now()));
    let onLost!: (error: SmppBindError) => void;
    const lost = new Promise<SmppBindError>((resolve) => (onLost = resolve));
    const link = new SmppLink({
      address: { host: settings.host, port: settings.port, tls: settings.tls },
      tlsOptions: this.options.tlsOptions,
      connectTimeoutMs: remaining(),
      responseTimeoutMs,
      enquireLinkMs: settings.enquireLinkSeconds * 1_000,
      logger: this.log,
      onDeliverSm: this.options.onDeliverSm,
      onClose: (error) => {
        if (this.link === link) this.link = null;
        onLost(error);
      },
    });
    this.connecting = link;
    try {
      await link.opened;
      this.smscSystemId = await link.bind(BIND_COMMAND[this.options.mode], settings, remaining());
    } catch (error) {
      link.destroy(asBindError(error));
      throw error;
    } finally {
      this.connecting = null;
    }
    if (this.stopped) {
      await link.unbind(remaining());
      throw new SmppBindError("The bind was closed while binding", "closed");
    }
    this.link = link;
    this.log.info({ smscSystemId: this.smscSystemId }, "SMPP session bound");
    this.setStatus("bound", null);
    this.firstBound.resolve();
    this.options.onBound(link);
    return lost;
  }

  private sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      this.wake = resolve;
      this.sleepTimer = setTimeout(resolve, ms);
    });
  }

  private setStatus(status: BindStatus, error: string | null): void {
    if (this.status === status && this.error === error) return;
    this.status = status;
    this.error = error;
    this.options.onStatusChange();
  }
}

function asBindError(error: unknown): SmppBindError {
  if (error instanceof SmppBindError) return error;
  const message = error instanceof Error ? error.message : String(error);
  return new SmppBindError(`SMPP session failed: ${message}`, "closed", null, { cause: error });
}

interface Deferred {
  promise: Promise<void>;
  resolve(): void;
  reject(error: Error): void;
}

/** A promise settled from outside; settling it a second time does nothing. */
function deferred(): Deferred {
  let resolve!: () => void;
  let reject!: (error: Error) => void;
  const promise = new Promise<void>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  // Rejections reach whoever called start(); without a caller they are not unhandled.
  promise.catch(() => {});
  return { promise, resolve, reject };
}
