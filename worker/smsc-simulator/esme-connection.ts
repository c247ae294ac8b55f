import smpp, { type PDU, type PduOptions, type Session } from "smpp";
import type { SimulatorLogger } from "./logger";
import { RawPduTap } from "./raw-pdu";

export type BindMode = "transmitter" | "receiver" | "transceiver";

/** One ESME's TCP connection: what its bind allows, and answering it. */
export class EsmeConnection {
  readonly rawPdus: RawPduTap;
  private bound: { mode: BindMode; systemId: string } | null = null;
  private shutdownDeadline: NodeJS.Timeout | undefined;
  private logger: SimulatorLogger;
  private writesHeld = false;
  private readonly releaseWrites = (): void => {
    this.writesHeld = false;
    this.session.socket.uncork();
  };

  constructor(
    readonly session: Session,
    logger: SimulatorLogger,
  ) {
    // Answers are small and an ESME waits on them to fill its window; Nagle would hold them for the peer's ACK.
    session.socket.setNoDelay(true);
    this.rawPdus = new RawPduTap(session.socket);
    this.logger = logger.child({ esme: `${session.socket.remoteAddress}:${session.socket.remotePort}` });
    session.on("close", () => clearTimeout(this.shutdownDeadline));
  }

  get log(): SimulatorLogger {
    return this.logger;
  }

  get systemId(): string | null {
    return this.bound?.systemId ?? null;
  }

  get isBound(): boolean {
    return this.bound !== null;
  }

  /** Transmitter and transceiver binds may submit. */
  get canSubmit(): boolean {
    return this.bound?.mode === "transmitter" || this.bound?.mode === "transceiver";
  }

  /** Receiver and transceiver binds may be sent deliver_sm (receipts, inbound messages). */
  get canReceive(): boolean {
    return this.bound?.mode === "receiver" || this.bound?.mode === "transceiver";
  }

  markBound(mode: BindMode, systemId: string): void {
    this.bound = { mode, systemId };
    this.logger = this.logger.child({ systemId });
  }

  /** From here on the connection is going away, so it may no longer submit or receive. */
  markUnbound(): void {
    this.bound = null;
  }

  /** Answers a request with its `_resp`; a non-zero command_status sends the header alone, as SMPP 3.4 says. */
  reply(request: PDU, fields: PduOptions = {}): void {
    this.sendBatched(request.response(fields));
  }

  /**
   * Answers delayMs later, with the response built now. One timer per call and
   * no closure, as it runs per submit at benchmark rates; unref'd, so a pending
   * answer never holds the process open, and dropped by send() if the
   * connection has gone by then.
   */
  replyAfter(delayMs: number, request: PDU, fields: PduOptions = {}): void {
    setTimeout(sendLate, delayMs, this, request.response(fields)).unref();
  }

  /**
   * Sends, holding the socket's writes until the current callback is done, so
   * the answers to the PDUs of one read leave in one write. One write call
   * per answer was a third of the simulator's time at 40,000 submit_sm/s.
   */
  sendBatched(pdu: PDU): void {
    if (!this.writesHeld && this.session.socket.writable) {
      this.writesHeld = true;
      this.session.socket.cork();
      process.nextTick(this.releaseWrites);
    }
    this.session.send(pdu);
  }

  /**
   * Sends a request of ours (deliver_sm), batched like the answers, and calls
   * onResponse with the ESME's answer. False when the socket no longer takes
   * writes: then nothing was sent and onResponse is never called. A
   * connection that closes first never calls it either; whoever sent the
   * request learns of that from the session's "close".
   */
  sendRequest(pdu: PDU, onResponse: (response: PDU) => void): boolean {
    if (!this.session.socket.writable) return false;
    if (!this.writesHeld) {
      this.writesHeld = true;
      this.session.socket.cork();
      process.nextTick(this.releaseWrites);
    }
    return this.session.send(pdu, onResponse);
  }

  /** generic_nack: the answer to a command this SMSC does not know or does not support. */
  nack(request: PDU, commandStatus: number): void {
    this.session.send(
      new smpp.PDU("generic_nack", {
        sequence_number: request.sequence_number,
        command_status: commandStatus,
      }),
    );
  }

  /** Closes gracefully: what was already written, replies included, still reaches the ESME. */
  end(): void {
    this.session.close();
  }

  /**
   * Goes down the way a real SMSC does: a bound ESME is sent unbind and the
   * connection ends once it answers; one that never answers, or never closes
   * its side, is cut off after graceMs.
   */
  shutdown(graceMs: number): void {
    this.shutdownDeadline = setTimeout(() => this.session.destroy(), graceMs);
    if (!this.isBound) {
      this.end();
      return;
    }
    this.markUnbound();
    this.session.unbind(() => this.end());
  }
}

function sendLate(connection: EsmeConnection, response: PDU): void {
  connection.sendBatched(response);
}
