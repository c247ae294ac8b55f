import smpp, { type BindCommand, type ConnectOptions, type PDU, type Session } from "smpp";
import type { Logger } from "@/lib/logger";
import {
  addressText,
  bindRefusedError,
  connectionError,
  SmppBindError,
  type SmscAddress,
} from "./bind-error";
import type { SmppBindSettings, SmppTlsOptions } from "./bind-settings";

/** A request written to the SMSC and waiting for the response with its sequence number. */
export interface PendingRequest {
  readonly command: string;
  /** Date.now() after which the request is given up; set by the link when it writes the request. */
  deadline: number;
  /** The response, or a generic_nack, with the request's sequence number. */
  answer(response: PDU): void;
  /** No response within the response timeout. */
  expire(): void;
  /** The connection ended before a response came. */
  lose(): void;
}

export interface SmppLinkOptions {
  address: SmscAddress;
  tlsOptions?: SmppTlsOptions;
  connectTimeoutMs: number;
  responseTimeoutMs: number;
  enquireLinkMs: number;
  logger: Logger;
  onDeliverSm?: (pdu: PDU) => Promise<void> | void;
  /** Called once when the connection has ended, after every pending request was lost. */
  onClose(error: SmppBindError): void;
}

const ESME_RINVCMDID = 0x03;
const ESME_RX_T_APPN = 0x64;
const ESME_RUNKNOWNERR = 0xff;
const SMPP_VERSION_3_4 = 0x34;
/** Timed-out sequence numbers kept to recognise late responses; older ones are forgotten. */
const REMEMBERED_TIMEOUTS = 1_000;

/**
 * One TCP (or TLS) connection to an SMSC speaking SMPP 3.4 through the smpp
 * package: matches responses, generic_nack included, to requests by sequence
 * number; gives up on requests after the response timeout (one sweep timer
 * per connection, not one timer per request); sends enquire_link when the
 * SMSC has been silent; answers the SMSC's enquire_link, unbind and
 * deliver_sm. It never reconnects: SessionKeeper opens a new one.
 *
 * Response callbacks of the package are not used: it never calls them when
 * the connection drops, and it keeps no trace of a request once answered, so
 * late responses could not be told from stray ones.
 */
export class SmppLink {
  /** Settles once connected (and, with TLS, after the handshake). */
  readonly opened: Promise<void>;
  private readonly session: Session;
  private readonly options: SmppLinkOptions;
  private readonly log: Logger;
  private readonly pending = new Map<number, PendingRequest>();
  private readonly timedOut = new Map<number, string>();
  private readonly ticker: NodeJS.Timeout;
  private readonly connectTimer: NodeJS.Timeout;
  private readonly whenClosed: Promise<void>;
  private markClosed!: () => void;
  private rejectOpened!: (error: SmppBindError) => void;
  private connected = false;
  private closed = false;
  /** Unbinding (ours or the SMSC's): no new requests. */
  private stopping = false;
  private keepAlive = false;
  private enquireLinkOutstanding = false;
  private lastHeardAt = Date.now();
  private closeReason: SmppBindError | null = null;
  private corked = false;

  constructor(options: SmppLinkOptions) {
    this.options = options;
    this.log = options.logger;
    const { host, port, tls } = options.address;
    this.whenClosed = new Promise((resolve) => (this.markClosed = resolve));
    let resolveOpened!: () => void;
    this.opened = new Promise((resolve, reject) => {
      resolveOpened = resolve;
      this.rejectOpened = reject;
    });
    // The package hands these options to net.connect or tls.connect as they are.
    const connectOptions: ConnectOptions & SmppTlsOptions = {
      host,
      port,
      tls,
      ...(tls ? options.tlsOptions : {}),
    };
    // With tls the package calls back on secureConnect, after the handshake.
    this.session = smpp.connect(connectOptions, () => {
      this.connected = true;
      clearTimeout(this.connectTimer);
      this.session.socket.setNoDelay(true);
      resolveOpened();
    });
    // Whoever awaits `opened` sees the failure; this only keeps it from counting as unhandled.
    this.opened.catch(() => {});
    this.session.on("error", (error) => this.onSocketError(error));
    this.session.on("close", () => this.onSocketClose());
    this.session.on("pdu", (pdu) => this.onPdu(pdu));
    this.connectTimer = setTimeout(() => {
      this.destroy(
        new SmppBindError(
          `No connection to ${addressText(options.address)} within ${seconds(options.connectTimeoutMs)}`,
          "timeout",
        ),
      );
    }, options.connectTimeoutMs);
    const tickMs = Math.min(
      1_000,
      Math.max(10, Math.min(options.responseTimeoutMs, options.enquireLinkMs) / 4),
    );
    this.ticker = setInterval(() => this.tick(), tickMs);
    this.ticker.unref();
  }

  /** Whether a request written now would reach the socket. */
  get writable(): boolean {
    return this.connected && !this.stopping && !this.closed && this.session.socket.writable;
  }

  /**
   * Binds with the given command; resolves with the SMSC's system_id. A bind
   * response with an error status rejects with reason "refused" and closes
   * the connection.
   */
  bind(command: BindCommand, settings: SmppBindSettings, timeoutMs: number): Promise<string> {
    return new Promise((resolve, reject) => {
      const pdu = new smpp.PDU(command, {
        system_id: settings.systemId,
        password: settings.password,
        system_type: settings.systemType,
        interface_version: SMPP_VERSION_3_4,
      });
      const request: PendingRequest = {
        command,
        deadline: 0,
        answer: (response) => {
          const status =
            response.command_status || (response.command === "generic_nack" ? ESME_RUNKNOWNERR : 0);
          if (status !== 0) {
            const refusal = bindRefusedError(status, command);
            this.closeReason ??= refusal;
            this.session.close();
            reject(refusal);
            return;
          }
          this.keepAlive = true;
          resolve(response.system_id ?? "");
        },
        expire: () => {
          const error = new SmppBindError(
            `No answer to ${command} from ${addressText(this.options.address)} within ${seconds(timeoutMs)}`,
            "timeout",
          );
          this.destroy(error);
          reject(error);
        },
        lose: () => reject(this.closeReason ?? closedError(this.options.address)),
      };
      if (!this.write(pdu, request, timeoutMs)) reject(this.closeReason ?? closedError(this.options.address));
    });
  }

  /**
   * Writes a request (submit_sm) and tracks it; false, with nothing written,
   * when the connection cannot take it. Throws if the package cannot encode it.
   */
  send(pdu: PDU, request: PendingRequest): boolean {
    if (this.stopping) return false;
    return this.write(pdu, request, this.options.responseTimeoutMs);
  }

  /**
   * Ends the session politely: unbind, wait for unbind_resp (or the timeout),
   * close the socket. Requests still pending are lost when it closes.
   */
  async unbind(timeoutMs: number): Promise<void> {
    if (this.closed) return;
    if (this.connected && !this.stopping && this.session.socket.writable) {
      this.stopping = true;
      await new Promise<void>((resolve) => {
        const finish = () => resolve();
        const done = { command: "unbind", deadline: 0, answer: finish, expire: finish, lose: finish };
        if (!this.write(new smpp.PDU("unbind"), done, timeoutMs)) resolve();
      });
    }
    this.stopping = true;
    this.closeReason ??= new SmppBindError("The session was closed by this client", "closed");
    this.session.close();
    const cutOff = setTimeout(() => this.session.destroy(), timeoutMs);
    await this.whenClosed;
    clearTimeout(cutOff);
  }

  /** Drops the connection at once; `reason` is what onClose and pending requests report. */
  destroy(reason: SmppBindError): void {
    this.closeReason ??= reason;
    this.session.destroy();
  }

  private write(pdu: PDU, request: PendingRequest, timeoutMs: number): boolean {
    if (!this.connected || this.closed || !this.session.socket.writable) return false;
    this.corkUntilNextTick();
    // send() numbers the request, then encodes it; an encoding error throws before anything is written.
    if (!this.session.send(pdu)) return false;
    request.deadline = Date.now() + timeoutMs;
    this.pending.set(pdu.sequence_number, request);
    return true;
  }

  /**
   * The PDUs written in one tick (a claim's worth of submit_sm, answers to a
   * burst of deliver_sm) leave in one syscall instead of one each: per-PDU
   * writes were a third of the worker's CPU time at full speed.
   */
  private corkUntilNextTick(): void {
    if (this.corked) return;
    const socket = this.session.socket;
    socket.cork();
    this.corked = true;
    process.nextTick(() => {
      this.corked = false;
      socket.uncork();
    });
  }

  private onPdu(pdu: PDU): void {
    this.lastHeardAt = Date.now();
    // A throw here would escape into the package's read loop, which then never reads again.
    try {
      if (pdu.isResponse()) this.onResponse(pdu);
      else this.onRequest(pdu);
    } catch (error) {
      this.log.error({ err: error, command: pdu.command }, "handling an SMPP PDU failed");
    }
  }

  private onResponse(response: PDU): void {
    const sequence = response.sequence_number;
    const request = this.pending.get(sequence);
    if (request) {
      this.pending.delete(sequence);
      request.answer(response);
      return;
    }
    const lateCommand = this.timedOut.get(sequence);
    if (lateCommand !== undefined) {
      this.timedOut.delete(sequence);
      this.log.warn(
        {
          command: response.command,
          sequenceNumber: sequence,
          commandStatus: response.command_status,
          messageId: response.message_id,
        },
        `late ${response.command} for a ${lateCommand} that had already timed out; ignored`,
      );
      return;
    }
    this.log.warn(
      { command: response.command, sequenceNumber: sequence, commandStatus: response.command_status },
      "SMPP response matches no request; ignored",
    );
  }

  private onRequest(request: PDU): void {
    switch (request.command) {
      case "enquire_link":
        this.respond(request, 0);
        return;
      case "unbind":
        this.stopping = true;
        this.closeReason ??= new SmppBindError(
          `The SMSC at ${addressText(this.options.address)} unbound the session`,
          "closed",
        );
        this.respond(request, 0);
        this.session.close();
        return;
      case "deliver_sm":
        this.answerDeliverSm(request);
        return;
      case "alert_notification":
      case "outbind":
        // Neither has a response PDU.
        this.log.debug({ command: request.command }, "ignored SMPP request without response");
        return;
      default:
        this.log.warn(
          { command: request.command, commandId: request.command_id },
          "unsupported SMPP request",
        );
        // For "unknown", response() builds the generic_nack SMPP asks for.
        this.respond(request, ESME_RINVCMDID);
    }
  }

  private answerDeliverSm(pdu: PDU): void {
    const handler = this.options.onDeliverSm;
    if (!handler) {
      this.log.warn(
        { sequenceNumber: pdu.sequence_number },
        "deliver_sm with no handler; the SMSC will retry",
      );
      this.respond(pdu, ESME_RX_T_APPN);
      return;
    }
    const refuse = (error: unknown) => {
      this.log.error({ err: error, sequenceNumber: pdu.sequence_number }, "deliver_sm handler failed");
      this.respond(pdu, ESME_RX_T_APPN);
    };
    try {
      Promise.resolve(handler(pdu)).then(() => this.respond(pdu, 0), refuse);
    } catch (error) {
      refuse(error);
    }
  }

  private respond(request: PDU, commandStatus: number): void {
    if (this.closed || !this.session.socket.writable) {
      this.log.warn({ command: request.command }, "connection gone before the response could be sent");
      return;
    }
    this.corkUntilNextTick();
    this.session.send(request.response(commandStatus === 0 ? {} : { command_status: commandStatus }));
  }

  private tick(): void {
    const now = Date.now();
    for (const [sequence, request] of this.pending) {
      if (request.deadline > now) continue;
      this.pending.delete(sequence);
      this.timedOut.set(sequence, request.command);
      if (this.timedOut.size > REMEMBERED_TIMEOUTS) {
        this.timedOut.delete(this.timedOut.keys().next().value!);
      }
      request.expire();
    }
    if (
      this.keepAlive &&
      !this.enquireLinkOutstanding &&
      now - this.lastHeardAt >= this.options.enquireLinkMs
    ) {
      this.sendEnquireLink();
    }
  }

  private sendEnquireLink(): void {
    const request: PendingRequest = {
      command: "enquire_link",
      deadline: 0,
      answer: () => (this.enquireLinkOutstanding = false),
      expire: () =>
        this.destroy(
          new SmppBindError(
            `No answer to enquire_link from ${addressText(this.options.address)} within ${seconds(this.options.responseTimeoutMs)}`,
            "timeout",
          ),
        ),
      lose: () => {},
    };
    if (this.send(new smpp.PDU("enquire_link"), request)) this.enquireLinkOutstanding = true;
  }

  private onSocketError(error: Error): void {
    const code = (error as NodeJS.ErrnoException).code;
    const reason =
      code || !this.connected
        ? connectionError(error, this.options.address, this.options.address.tls && !this.connected)
        : new SmppBindError(
            `Unreadable data from ${addressText(this.options.address)}: ${error.message}`,
            "closed",
            null,
            { cause: error },
          );
    this.log.debug({ err: error }, "SMPP socket error");
    this.destroy(reason);
  }

  private onSocketClose(): void {
    if (this.closed) return;
    this.closed = true;
    clearTimeout(this.connectTimer);
    clearInterval(this.ticker);
    const reason = this.closeReason ?? closedError(this.options.address);
    if (!this.connected) this.rejectOpened(reason);
    const lost = [...this.pending.values()];
    this.pending.clear();
    for (const request of lost) request.lose();
    this.markClosed();
    this.options.onClose(reason);
  }
}

function closedError(address: SmscAddress): SmppBindError {
  return new SmppBindError(`The SMSC at ${addressText(address)} closed the connection`, "closed");
}

function seconds(ms: number): string {
  return `${Number((ms / 1000).toFixed(1))} s`;
}
