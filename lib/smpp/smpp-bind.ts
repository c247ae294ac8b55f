import smpp, { type PDU } from "smpp";
import type { Logger } from "@/lib/logger";
import {
  DEFAULT_RECONNECT,
  type BindState,
  type BindStatus,
  type SmppBindOptions,
  type SmppBindSettings,
} from "./bind-settings";
import { buildSubmitSm } from "./build-submit-sm";
import { classifyCommandStatus, describeCommandStatus } from "./command-status";
import { SessionKeeper, type SessionMode } from "./session-keeper";
import type { PendingRequest, SmppLink } from "./smpp-link";
import { SubmitQueue } from "./submit-queue";
import type { SubmitRequest, SubmitResult } from "./submit-types";

/** How long writes stop after ESME_RTHROTTLED, and after ESME_RMSGQFUL. */
export const THROTTLED_PAUSE_MS = 1_000;
export const QUEUE_FULL_PAUSE_MS = 5_000;
/** Longest wait for unbind_resp when closing. */
const UNBIND_TIMEOUT_MS = 5_000;
const ESME_RSYSERR = 0x08;
const ESME_RUNKNOWNERR = 0xff;

const IN_DOUBT_TIMEOUT: SubmitResult = { outcome: "in_doubt", reason: "timeout" };
const IN_DOUBT_BIND_LOST: SubmitResult = { outcome: "in_doubt", reason: "bind_lost" };

interface SubmitSettler {
  settle(submit: SubmitInFlight, result: SubmitResult): void;
}

/** One submit_sm from the queue to its result; the link tracks it while it is written. */
class SubmitInFlight implements PendingRequest {
  readonly command = "submit_sm";
  deadline = 0;

  constructor(
    readonly pdu: PDU,
    readonly resolve: (result: SubmitResult) => void,
    private readonly settler: SubmitSettler,
  ) {}

  answer(response: PDU): void {
    this.settler.settle(this, resultOf(response));
  }

  expire(): void {
    this.settler.settle(this, IN_DOUBT_TIMEOUT);
  }

  lose(): void {
    this.settler.settle(this, IN_DOUBT_BIND_LOST);
  }
}

/**
 * One SMPP bind to an SMSC: a transceiver session, or a transmitter and a
 * receiver session. Submits wait in a FIFO queue for a free slot in the window
 * (windowSize submit_sm written and unanswered); a lost connection is
 * re-established with backoff and the queue resumes on the new session.
 */
export class SmppBind {
  private readonly settings: SmppBindSettings;
  private readonly options: SmppBindOptions;
  private readonly log: Logger;
  private readonly sessions: SessionKeeper[];
  /** The session submits go through: the transceiver, or the transmitter of a pair. */
  private readonly transmitter: SessionKeeper;
  private readonly queue = new SubmitQueue<SubmitInFlight>();
  private readonly settler: SubmitSettler = { settle: (submit, result) => this.settle(submit, result) };
  private inFlight = 0;
  private pausedUntil = 0;
  private pauseTimer: NodeJS.Timeout | undefined;
  private phase: "new" | "started" | "closing" | "closed" = "new";
  private startPromise: Promise<void> | null = null;
  private closePromise: Promise<void> | null = null;
  private onDrained: (() => void) | null = null;
  private currentState: BindState = { status: "connecting", error: null, since: new Date() };

  constructor(settings: SmppBindSettings, options: SmppBindOptions) {
    checkSettings(settings);
    this.settings = settings;
    this.options = options;
    const label = options.label ?? `${settings.systemId}@${settings.host}:${settings.port}`;
    this.log = options.logger.child({ smppBind: label });
    const modes: SessionMode[] =
      settings.bindMode === "transceiver" ? ["transceiver"] : ["transmitter", "receiver"];
    this.sessions = modes.map(
      (mode) =>
        new SessionKeeper({
          settings,
          mode,
          logger: modes.length > 1 ? this.log.child({ session: mode }) : this.log,
          reconnect: options.reconnect ?? DEFAULT_RECONNECT,
          once: options.once ?? false,
          attemptTimeoutMs: options.attemptTimeoutMs,
          tlsOptions: options.tlsOptions,
          onDeliverSm: options.onDeliverSm,
          onBound: (link) => this.onSessionBound(mode, link),
          onStatusChange: () => this.onSessionStatusChange(),
        }),
    );
    this.transmitter = this.sessions[0]!;
  }

  get state(): BindState {
    return this.currentState;
  }

  /** submit_sm written and not yet answered, timed out or lost. */
  get outstanding(): number {
    return this.inFlight;
  }

  /** Submits waiting for a window slot (or for the bind to come back). */
  get queued(): number {
    return this.queue.size;
  }

  /** The system_id the SMSC gave in its bind response (the transmitting session's). */
  get smscSystemId(): string | null {
    return this.transmitter.smscSystemId;
  }

  /**
   * Connects and binds; resolves once bound the first time. Rejects when the
   * SMSC refuses the bind for good (the bind stays "failed" and retries every
   * reconnect.maxMs until closed), or with `once` on any failure. Connection
   * failures otherwise are retried and do not reject.
   */
  start(): Promise<void> {
    if (this.phase === "closing" || this.phase === "closed") {
      return Promise.reject(
        new Error(`SMPP bind ${this.describe()} is closed; create a new one to bind again`),
      );
    }
    if (!this.startPromise) {
      this.phase = "started";
      this.startPromise = Promise.all(this.sessions.map((session) => session.start())).then(() => {});
    }
    return this.startPromise;
  }

  /**
   * Queues one submit_sm and resolves with its outcome. Never rejects.
   * While the bind is reconnecting the submit waits; while it is "failed"
   * (bind refused) or closing it is not sent.
   */
  submit(request: SubmitRequest): Promise<SubmitResult> {
    if (this.phase === "closing" || this.phase === "closed") {
      return Promise.resolve({ outcome: "not_sent", reason: "the SMPP bind is closed" });
    }
    if (this.transmitter.status === "failed") {
      return Promise.resolve({
        outcome: "not_sent",
        reason: `the SMPP bind failed: ${this.transmitter.error}`,
      });
    }
    const built = buildSubmitSm(this.settings, request);
    if (!built.ok) {
      this.log.warn({ commandStatus: built.commandStatus, destination: request.destination }, built.problem);
      return Promise.resolve({
        outcome: "rejected",
        commandStatus: built.commandStatus,
        kind: classifyCommandStatus(built.commandStatus),
      });
    }
    return new Promise((resolve) => {
      this.queue.push(new SubmitInFlight(new smpp.PDU("submit_sm", built.fields), resolve, this.settler));
      this.pump();
    });
  }

  /**
   * Stops taking submits (queued ones resolve not_sent), waits for the
   * outstanding ones (at most timeoutMs, by default the response timeout, after
   * which they are in doubt), unbinds and closes the socket. No reconnect after.
   */
  close(options: { timeoutMs?: number } = {}): Promise<void> {
    this.closePromise ??= this.shutdown(options.timeoutMs ?? this.settings.responseTimeoutSeconds * 1_000);
    return this.closePromise;
  }

  private async shutdown(timeoutMs: number): Promise<void> {
    this.phase = "closing";
    this.refuseQueued("the SMPP bind is closing");
    if (this.inFlight > 0) {
      let timer: NodeJS.Timeout | undefined;
      await new Promise<void>((resolve) => {
        this.onDrained = resolve;
        timer = setTimeout(resolve, timeoutMs);
      });
      clearTimeout(timer);
      this.onDrained = null;
    }
    clearTimeout(this.pauseTimer);
    const unbindTimeoutMs = Math.min(UNBIND_TIMEOUT_MS, this.settings.responseTimeoutSeconds * 1_000);
    await Promise.all(this.sessions.map((session) => session.stop(unbindTimeoutMs)));
    this.phase = "closed";
    this.updateState();
    this.log.info({}, "SMPP bind closed");
  }

  /** Writes queued submits while the window has room and nothing holds them back. */
  private pump(): void {
    const link = this.transmitter.link;
    if (!link || this.pausedUntil !== 0) return;
    while (this.queue.size > 0 && this.inFlight < this.settings.windowSize && link.writable) {
      const submit = this.queue.shift()!;
      let written: boolean;
      try {
        written = link.send(submit.pdu, submit);
      } catch (error) {
        this.log.error({ err: error }, "submit_sm could not be encoded");
        submit.resolve({ outcome: "rejected", commandStatus: ESME_RSYSERR, kind: "transient" });
        continue;
      }
      if (!written) {
        this.queue.unshift(submit);
        return;
      }
      this.inFlight += 1;
    }
  }

  private settle(submit: SubmitInFlight, result: SubmitResult): void {
    this.inFlight -= 1;
    if (result.outcome === "rejected") {
      if (result.kind === "throttled") this.pause(THROTTLED_PAUSE_MS, result.commandStatus);
      else if (result.kind === "queue_full") this.pause(QUEUE_FULL_PAUSE_MS, result.commandStatus);
    }
    submit.resolve(result);
    if (this.inFlight === 0) this.onDrained?.();
    this.pump();
  }

  private pause(ms: number, commandStatus: number): void {
    const until = Date.now() + ms;
    if (until <= this.pausedUntil) return;
    if (this.pausedUntil === 0) {
      this.log.info({ pauseMs: ms }, `${describeCommandStatus(commandStatus).name}: pausing submits`);
    }
    this.pausedUntil = until;
    clearTimeout(this.pauseTimer);
    this.pauseTimer = setTimeout(() => {
      this.pausedUntil = 0;
      this.pump();
    }, ms);
    this.pauseTimer.unref();
  }

  private onSessionBound(mode: SessionMode, _link: SmppLink): void {
    if (mode !== "receiver") this.pump();
  }

  private onSessionStatusChange(): void {
    this.updateState();
    if (this.transmitter.status === "failed" && this.phase !== "closed") {
      this.refuseQueued(`the SMPP bind failed: ${this.transmitter.error}`);
    }
  }

  private refuseQueued(reason: string): void {
    for (const submit of this.queue.drain()) submit.resolve({ outcome: "not_sent", reason });
  }

  private updateState(): void {
    const next = this.aggregateState();
    const current = this.currentState;
    if (next.status === current.status && next.error === current.error) return;
    this.currentState = {
      status: next.status,
      error: next.error,
      since: next.status === current.status ? current.since : new Date(),
    };
    this.log.info({ status: next.status, error: next.error }, "SMPP bind state");
    try {
      this.options.onStateChange?.(this.currentState);
    } catch (error) {
      this.log.error({ err: error }, "onStateChange handler failed");
    }
  }

  /** A pair is bound when both sessions are; otherwise it takes the state of the one in trouble. */
  private aggregateState(): { status: BindStatus; error: string | null } {
    if (this.phase === "closed" || this.sessions.some((session) => session.status === "closed")) {
      return { status: "closed", error: null };
    }
    const failed = this.sessions.find((session) => session.status === "failed");
    if (failed) return { status: "failed", error: failed.error };
    if (this.sessions.every((session) => session.status === "bound")) return { status: "bound", error: null };
    const reconnecting = this.sessions.find((session) => session.status === "reconnecting");
    if (reconnecting) return { status: "reconnecting", error: reconnecting.error };
    return { status: "connecting", error: null };
  }

  private describe(): string {
    return this.options.label ?? `${this.settings.systemId}@${this.settings.host}:${this.settings.port}`;
  }
}

function resultOf(response: PDU): SubmitResult {
  if (response.command === "submit_sm_resp" && response.command_status === 0) {
    return { outcome: "accepted", messageId: response.message_id ?? "" };
  }
  // A generic_nack or a response of the wrong type without an error status is still no acceptance.
  const commandStatus = response.command_status || ESME_RUNKNOWNERR;
  return { outcome: "rejected", commandStatus, kind: classifyCommandStatus(commandStatus) };
}

function checkSettings(settings: SmppBindSettings): void {
  const problems: string[] = [];
  if (!Number.isInteger(settings.windowSize) || settings.windowSize < 1)
    problems.push("windowSize must be ≥ 1");
  if (!(settings.responseTimeoutSeconds > 0)) problems.push("responseTimeoutSeconds must be > 0");
  if (!(settings.enquireLinkSeconds > 0)) problems.push("enquireLinkSeconds must be > 0");
  if (!Number.isInteger(settings.port) || settings.port < 1 || settings.port > 65_535) {
    problems.push("port must be 1–65535");
  }
  if (problems.length > 0) throw new RangeError(`Invalid SMPP bind settings: ${problems.join("; ")}`);
}
