import smpp, { type Command, type PDU, type PduOptions, type Server, type Session } from "smpp";
import type { ReceiptStat } from "@/lib/smpp/receipts";
import { findAccount, parseAccounts, type SmscAccount } from "./accounts";
import { autoReplyText } from "./auto-reply";
import {
  DEFAULT_DELIVER_WINDOW,
  drawDelayMs,
  effectiveAutoReply,
  parseBehaviour,
  type EffectiveAutoReply,
  type EffectiveBehaviour,
  type SimulatorBehaviour,
} from "./behaviour";
import { startsMessage } from "./concatenation";
import { startControlServer, type ControlServer } from "./control-server";
import { EncodedDeliverSm, encodeDeliverSm, type DeliverSmFields } from "./deliver-sm-encoding";
import { receiptFields } from "./delivery-pdus";
import { DeliveryDispatcher, type Delivery } from "./deliveries";
import { EsmeConnection, type BindMode } from "./esme-connection";
import {
  DeliverSmUnansweredError,
  deliverSmInjectionFields,
  InvalidInjectionError,
  moInjectionFields,
  NoReceiverError,
  parseMoInjection,
  type DeliverSmInjection,
  type MoInjection,
} from "./injection";
import { silentLogger, type SimulatorLogger } from "./logger";
import { nextMessageId } from "./message-ids";
import { readShortMessage } from "./raw-pdu";
import { RecentItems } from "./recent-items";
import { receiptErrorCode, ReceiptPlan } from "./receipt-plan";
import { ReceiptRecords, type SentReceipt } from "./receipt-records";
import { SubmitCounts, type AcceptedInSecond, type SubmitOutcomeCounts } from "./submit-counts";
import { NO_RESPONSE, SubmitPolicy, UNDELIVERED } from "./submit-policy";

/**
 * The behaviour fields (maxSubmitsPerSecond, responseLatencyMs,
 * permanentErrorRate, faults, receipts, autoReply, deliverWindow) are
 * documented in ./behaviour and can be changed while running with
 * configure() or the control server's POST /config.
 */
export interface SimulatorOptions extends SimulatorBehaviour {
  /** TCP port; 0 takes a free one, which listen() reports. Default 2775, the registered SMPP port. */
  port?: number;
  /** Default 127.0.0.1, so a simulator is not reachable from other machines unless asked. */
  host?: string;
  /** The system_id this SMSC names itself with in bind responses. Default "SMSCSIM". */
  systemId?: string;
  /** The ESMEs allowed to bind; anything else is refused with ESME_RBINDFAIL. */
  accounts: readonly SmscAccount[];
  logger?: SimulatorLogger;
  /** How many accepted submits `submits` keeps, oldest dropped first, so a long run stays bounded. Default 10 000. */
  maxRecordedSubmits?: number;
  /** How long close() waits for a bound ESME to answer unbind before cutting it off. Default 1 000 ms. */
  shutdownGraceMs?: number;
  /** Port of the HTTP control server on `host`; 0 takes a free one, which listen() reports. Default: none. */
  controlPort?: number;
  /** How long injectMo and injectDeliverSm wait for the ESME's deliver_sm_resp. Default 30 000 ms. */
  injectTimeoutMs?: number;
}

/** A submit_sm the simulator accepted, as the ESME sent it. */
export interface AcceptedSubmit {
  messageId: string;
  /** The account that submitted it. */
  systemId: string;
  sourceAddr: string;
  destinationAddr: string;
  /** The octets exactly as sent, not decoded (UDH included when esm_class has UDHI). */
  shortMessage: Buffer;
  dataCoding: number;
  esmClass: number;
  registeredDelivery: number;
  receivedAt: Date;
}

/**
 * `submitted`, `throttled`, `rejected` and `unanswered` count submit_sm by
 * their answer since the simulator started or resetCounts() last ran; each
 * submit_sm counts in exactly one of them.
 */
export interface SimulatorStats extends SubmitOutcomeCounts {
  /** Successful binds since the simulator started. */
  binds: number;
  /** Connections bound right now. */
  boundSessions: number;
  /** Receipts the ESME answered ESME_ROK (since the last reset). */
  receiptsSent: number;
  /** Receipts owed: not due yet, waiting for a receiver or a window slot, or written and unanswered. */
  receiptsPending: number;
  /** Receipts given up on after their last try (since the last reset). */
  receiptsDropped: number;
  /** The same for auto-replies (subscribers answering, see autoReply). */
  autoRepliesSent: number;
  autoRepliesPending: number;
  autoRepliesDropped: number;
}

export interface SimulatorAddress {
  host: string;
  port: number;
  /** Present when the control server was asked for (options.controlPort). */
  controlPort?: number;
}

export interface SmscSimulator {
  listen(): Promise<SimulatorAddress>;
  /** Unbinds and closes every connection, then stops listening (the control server too). */
  close(): Promise<void>;
  readonly stats: SimulatorStats;
  /** The latest accepted submits, oldest first (a copy, capped by maxRecordedSubmits). */
  readonly submits: readonly AcceptedSubmit[];
  /** Accepted submit_sm PDUs per destination_addr, uncapped: a 3-part message counts 3. */
  submitsByDestination(): Map<string, number>;
  /** Accepted messages per destination_addr, uncapped: a 3-part message counts once (its part 1). */
  messagesByDestination(): Map<string, number>;
  /** Accepted submit_sm per wall-clock second (unix seconds), oldest first, since the last reset. */
  acceptedPerSecond(): AcceptedInSecond[];
  /** Zeroes the submit counts in stats and the per-destination and per-second counts; binds and `submits` stay. */
  resetCounts(): void;
  /** The answering behaviour in force. */
  readonly behaviour: EffectiveBehaviour;
  /** Changes the fields given (validated; throws InvalidBehaviourError), from the next submit on. */
  configure(change: SimulatorBehaviour): void;
  /** Every receipt the ESME acknowledged since the last reset, in that order, uncapped; a slice with offset/limit. */
  receiptsSent(offset?: number, limit?: number): SentReceipt[];
  /**
   * Sends an inbound message from a subscriber to a bound receiving session
   * (of `systemId`, else any) and resolves with the ESME's command_status.
   * Throws InvalidInjectionError for bad input, NoReceiverError when no
   * session can take it, DeliverSmUnansweredError when it gets no answer.
   */
  injectMo(mo: MoInjection): Promise<number>;
  /** Sends any deliver_sm, malformed ones included, the same way as injectMo. */
  injectDeliverSm(fields: DeliverSmInjection): Promise<number>;
}

type RequestHandler = (connection: EsmeConnection, request: PDU) => void;

/**
 * The bundled SMSC: a real SMPP 3.4 server over the smpp package.
 *
 * Each request command has one handler in `requestHandlers`; receipts and MO
 * extend it by adding handlers and by acting on what `acceptSubmit` records.
 * The rate limit and the injected faults refuse in `checkSubmit`, through the
 * SubmitPolicy that configure() changes at run time.
 */
export class SmscSimulatorServer implements SmscSimulator {
  protected readonly server: Server;
  protected readonly connections = new Set<EsmeConnection>();
  protected readonly log: SimulatorLogger;
  protected readonly requestHandlers: Partial<Record<Command, RequestHandler>> = {
    bind_transmitter: (connection, request) => this.handleBind(connection, request, "transmitter"),
    bind_receiver: (connection, request) => this.handleBind(connection, request, "receiver"),
    bind_transceiver: (connection, request) => this.handleBind(connection, request, "transceiver"),
    submit_sm: (connection, request) => this.handleSubmitSm(connection, request),
    enquire_link: (connection, request) => connection.reply(request),
    unbind: (connection, request) => this.handleUnbind(connection, request),
  };

  private readonly host: string;
  private readonly port: number;
  private readonly systemId: string;
  private readonly accounts: readonly SmscAccount[];
  private readonly shutdownGraceMs: number;
  private readonly controlPort: number | undefined;
  private readonly recordedSubmits: RecentItems<AcceptedSubmit>;
  private readonly counts = new SubmitCounts();
  private readonly policy: SubmitPolicy;
  private readonly receiptPlan: ReceiptPlan;
  private autoReply: EffectiveAutoReply | null;
  /** Destinations that have replied once already (or are about to), since the last reset. */
  private readonly repliedDestinations = new Set<string>();
  private deliverWindow: number;
  private readonly deliveries: DeliveryDispatcher;
  private readonly receiptRecords = new ReceiptRecords();
  private readonly injectTimeoutMs: number;
  private controlServer: ControlServer | null = null;
  private bindCount = 0;

  constructor(options: SimulatorOptions) {
    this.host = options.host ?? "127.0.0.1";
    this.port = options.port ?? 2775;
    this.systemId = options.systemId ?? "SMSCSIM";
    this.accounts = parseAccounts(options.accounts);
    this.recordedSubmits = new RecentItems(options.maxRecordedSubmits ?? 10_000);
    this.shutdownGraceMs = options.shutdownGraceMs ?? 1_000;
    this.controlPort = options.controlPort;
    const { maxSubmitsPerSecond, responseLatencyMs, permanentErrorRate, faults, receipts, autoReply } =
      options;
    const behaviour = parseBehaviour({
      maxSubmitsPerSecond,
      responseLatencyMs,
      permanentErrorRate,
      faults,
      receipts,
      autoReply,
      deliverWindow: options.deliverWindow,
    });
    this.policy = new SubmitPolicy(behaviour);
    this.receiptPlan = new ReceiptPlan(behaviour.receipts ?? null);
    this.autoReply = behaviour.autoReply ? effectiveAutoReply(behaviour.autoReply) : null;
    this.deliverWindow = behaviour.deliverWindow ?? DEFAULT_DELIVER_WINDOW;
    this.injectTimeoutMs = options.injectTimeoutMs ?? 30_000;
    this.log = (options.logger ?? silentLogger).child({ component: "smsc-simulator" });
    this.deliveries = new DeliveryDispatcher({
      receiversOf: (systemId) => this.receiversOf(systemId),
      settings: () => ({
        window: this.deliverWindow,
        retryMs: this.receiptPlan.retryMs,
        maxAttempts: this.receiptPlan.maxAttempts,
      }),
      onDelivered: (delivery) => {
        if (delivery instanceof ReceiptDelivery) {
          const { submit } = delivery;
          this.receiptRecords.add(submit.messageId, submit.destinationAddr, delivery.stat, delivery.sentAt);
        }
      },
      log: this.log,
    });
    this.server = smpp.createServer((session) => this.accept(session));
    this.server.on("error", (error: Error) => this.log.error({ err: error }, "SMPP server error"));
  }

  get stats(): SimulatorStats {
    let boundSessions = 0;
    for (const connection of this.connections) if (connection.isBound) boundSessions += 1;
    const receipts = this.deliveries.countsOf("receipt");
    const replies = this.deliveries.countsOf("reply");
    return {
      binds: this.bindCount,
      boundSessions,
      ...this.counts.outcomeCounts,
      receiptsSent: receipts.sent,
      receiptsPending: receipts.pending,
      receiptsDropped: receipts.dropped,
      autoRepliesSent: replies.sent,
      autoRepliesPending: replies.pending,
      autoRepliesDropped: replies.dropped,
    };
  }

  get submits(): readonly AcceptedSubmit[] {
    return this.recordedSubmits.toArray();
  }

  submitsByDestination(): Map<string, number> {
    return this.counts.submitsByDestination();
  }

  messagesByDestination(): Map<string, number> {
    return this.counts.messagesByDestination();
  }

  acceptedPerSecond(): AcceptedInSecond[] {
    return this.counts.acceptedPerSecond();
  }

  resetCounts(): void {
    this.counts.reset();
    this.deliveries.resetCounts();
    this.receiptRecords.clear();
    this.repliedDestinations.clear();
  }

  get behaviour(): EffectiveBehaviour {
    return {
      ...this.policy.behaviour,
      receipts: this.receiptPlan.effective,
      autoReply: this.autoReply && { ...this.autoReply, texts: [...this.autoReply.texts] },
      deliverWindow: this.deliverWindow,
    };
  }

  configure(change: SimulatorBehaviour): void {
    const parsed = parseBehaviour(change);
    this.policy.update(parsed);
    if (parsed.receipts !== undefined) this.receiptPlan.update(parsed.receipts);
    if (parsed.autoReply !== undefined) {
      this.autoReply = parsed.autoReply ? effectiveAutoReply(parsed.autoReply) : null;
    }
    if (parsed.deliverWindow !== undefined) this.deliverWindow = parsed.deliverWindow;
    this.log.info({ change }, "SMSC simulator behaviour changed");
  }

  receiptsSent(offset = 0, limit = Infinity): SentReceipt[] {
    return this.receiptRecords.read(offset, limit);
  }

  async injectMo(mo: MoInjection): Promise<number> {
    const parsed = parseMoInjection(mo);
    return this.deliverNow(moInjectionFields(parsed), parsed.systemId);
  }

  async injectDeliverSm(fields: DeliverSmInjection): Promise<number> {
    return this.deliverNow(deliverSmInjectionFields(fields), fields.systemId);
  }

  async listen(): Promise<SimulatorAddress> {
    const { host, port } = await this.listenForSmpp();
    if (this.controlPort === undefined) {
      this.log.info({ host, port }, "SMSC simulator listening");
      return { host, port };
    }
    try {
      this.controlServer = await startControlServer({
        host: this.host,
        port: this.controlPort,
        simulator: this,
        log: this.log,
      });
    } catch (error) {
      await new Promise<void>((resolve) => this.server.close(() => resolve()));
      throw error;
    }
    const { port: controlPort } = this.controlServer;
    this.log.info({ host, port, controlPort }, "SMSC simulator listening");
    return { host, port, controlPort };
  }

  private listenForSmpp(): Promise<{ host: string; port: number }> {
    return new Promise((resolve, reject) => {
      this.server.once("error", reject);
      this.server.listen(this.port, this.host, () => {
        this.server.off("error", reject);
        const address = this.server.address();
        if (address === null || typeof address === "string") {
          reject(new Error(`SMPP server is not listening on TCP: ${String(address)}`));
          return;
        }
        resolve({ host: address.address, port: address.port });
      });
    });
  }

  async close(): Promise<void> {
    const stopped = this.server.listening
      ? new Promise<void>((resolve, reject) =>
          this.server.close((error) => (error ? reject(error) : resolve())),
        )
      : Promise.resolve();
    this.deliveries.stop();
    for (const connection of this.connections) connection.shutdown(this.shutdownGraceMs);
    const controlServer = this.controlServer;
    this.controlServer = null;
    await Promise.all([stopped, controlServer?.close()]);
    this.log.info({}, "SMSC simulator closed");
  }

  protected handleBind(connection: EsmeConnection, request: PDU, mode: BindMode): void {
    if (connection.isBound) {
      connection.reply(request, { command_status: smpp.ESME_RALYBND });
      return;
    }
    const account = findAccount(this.accounts, request.system_id ?? "", request.password ?? "");
    if (!account) {
      connection.log.warn(
        { systemId: request.system_id, mode },
        "bind refused: unknown system_id or password",
      );
      connection.reply(request, { command_status: smpp.ESME_RBINDFAIL });
      // A real SMSC drops an ESME that failed to authenticate rather than let it guess again on the same connection.
      connection.end();
      return;
    }
    connection.markBound(mode, account.systemId);
    this.bindCount += 1;
    connection.reply(request, { system_id: this.systemId });
    connection.log.info({ mode }, "ESME bound");
    this.deliveries.sessionBound(connection);
  }

  protected handleSubmitSm(connection: EsmeConnection, request: PDU): void {
    const nowMs = Date.now();
    const refusal = this.checkSubmit(connection, request, nowMs);
    if (refusal === NO_RESPONSE) {
      this.counts.countUnanswered();
      connection.log.debug({ destinationAddr: request.destination_addr }, "submit_sm left unanswered");
      return;
    }
    if (refusal !== smpp.ESME_ROK && refusal !== UNDELIVERED) {
      connection.log.debug(
        { commandStatus: refusal, destinationAddr: request.destination_addr },
        "submit_sm refused",
      );
      this.refuseSubmit(connection, request, refusal);
      return;
    }
    const bytes = connection.rawPdus.bytesOf(request);
    if (!bytes) {
      // Only if the smpp package changed how it reads PDUs; refusing beats recording a wrong message.
      connection.log.error({ sequenceNumber: request.sequence_number }, "submit_sm bytes not captured");
      this.refuseSubmit(connection, request, smpp.ESME_RSYSERR);
      return;
    }
    const submit = this.acceptSubmit(connection, request, readShortMessage(bytes), nowMs);
    this.answerSubmit(connection, request, { message_id: submit.messageId });
    this.planDeliveries(submit, refusal === UNDELIVERED, nowMs);
  }

  /** The receipt this submit asked for, and the subscriber's reply if it is one that answers. */
  protected planDeliveries(submit: AcceptedSubmit, undelivered: boolean, nowMs: number): void {
    const stat = this.receiptPlan.decide(submit.registeredDelivery, undelivered);
    if (stat !== null) {
      this.deliveries.schedule(
        new ReceiptDelivery(
          nowMs + this.receiptPlan.delayMs(),
          submit,
          stat,
          this.receiptPlan.idInText,
          this.receiptPlan.tlvs,
        ),
      );
    }
    const autoReply = this.autoReply;
    if (autoReply === null || undelivered || this.repliedDestinations.has(submit.destinationAddr)) return;
    const text = autoReplyText(submit.destinationAddr, autoReply);
    if (text === null) return;
    this.repliedDestinations.add(submit.destinationAddr);
    this.deliveries.schedule(
      new ReplyDelivery(nowMs + drawDelayMs(autoReply.delayMs), submit.systemId, {
        from: submit.destinationAddr,
        to: submit.sourceAddr,
        text,
      }),
    );
  }

  /** The bound sessions of this account that may be sent deliver_sm. */
  private receiversOf(systemId: string): EsmeConnection[] {
    const receivers: EsmeConnection[] = [];
    for (const connection of this.connections) {
      if (connection.canReceive && connection.systemId === systemId) receivers.push(connection);
    }
    return receivers;
  }

  /** One deliver_sm now, outside the receipt queue, for injectMo and injectDeliverSm. */
  private deliverNow(fields: DeliverSmFields, systemId: string | undefined): Promise<number> {
    const connection =
      systemId === undefined
        ? [...this.connections].find((candidate) => candidate.canReceive)
        : this.receiversOf(systemId)[0];
    if (!connection) {
      throw new NoReceiverError(
        systemId === undefined
          ? "no receiving session is bound (bind as receiver or transceiver)"
          : `no receiving session of "${systemId}" is bound (bind as receiver or transceiver)`,
      );
    }
    return new Promise<number>((resolve, reject) => {
      const session = connection.session;
      const settle = (outcome: () => void): void => {
        clearTimeout(timer);
        session.off("close", onClose);
        outcome();
      };
      const onClose = (): void =>
        settle(() =>
          reject(
            new DeliverSmUnansweredError("the ESME's connection closed before it answered the deliver_sm"),
          ),
        );
      const timer = setTimeout(
        () =>
          settle(() =>
            reject(new DeliverSmUnansweredError(`no deliver_sm_resp within ${this.injectTimeoutMs} ms`)),
          ),
        this.injectTimeoutMs,
      );
      timer.unref();
      session.once("close", onClose);
      let written: boolean;
      try {
        written = connection.sendRequest(new EncodedDeliverSm(encodeDeliverSm(fields)).asPdu(), (response) =>
          settle(() => resolve(response.command_status)),
        );
      } catch (error) {
        settle(() =>
          reject(
            new InvalidInjectionError(`the deliver_sm could not be encoded: ${(error as Error).message}`),
          ),
        );
        return;
      }
      if (!written) settle(() => reject(new NoReceiverError("the receiving session no longer takes writes")));
    });
  }

  /**
   * Why this submit_sm cannot be taken, as an SMPP command_status: ESME_ROK
   * when it can, NO_RESPONSE when it is to be swallowed without an answer.
   * A submit the ESME had no right to send never reaches the rate limit or
   * the faults, so it does not use up the second's allowance.
   */
  protected checkSubmit(connection: EsmeConnection, request: PDU, nowMs: number): number {
    if (!connection.canSubmit) return smpp.ESME_RINVBNDSTS;
    if (!request.destination_addr) return smpp.ESME_RINVDSTADR;
    return this.policy.decide(request.destination_addr, nowMs);
  }

  protected refuseSubmit(connection: EsmeConnection, request: PDU, commandStatus: number): void {
    this.counts.countRefused(commandStatus);
    this.answerSubmit(connection, request, { command_status: commandStatus });
  }

  /** Every submit_sm_resp goes out here, so the configured latency holds for refusals as for acceptances. */
  protected answerSubmit(connection: EsmeConnection, request: PDU, fields: PduOptions): void {
    const delayMs = this.policy.responseDelayMs();
    if (delayMs > 0) connection.replyAfter(delayMs, request, fields);
    else connection.reply(request, fields);
  }

  /** Issues the message id, records and counts the submit; the one place every accepted message passes. */
  protected acceptSubmit(
    connection: EsmeConnection,
    request: PDU,
    shortMessage: Buffer,
    nowMs: number,
  ): AcceptedSubmit {
    const submit: AcceptedSubmit = {
      messageId: nextMessageId(),
      systemId: connection.systemId ?? "",
      sourceAddr: request.source_addr ?? "",
      destinationAddr: request.destination_addr ?? "",
      shortMessage,
      dataCoding: request.data_coding ?? 0,
      esmClass: request.esm_class ?? 0,
      registeredDelivery: request.registered_delivery ?? 0,
      receivedAt: new Date(nowMs),
    };
    this.counts.countAccepted(
      submit.destinationAddr,
      startsMessage(shortMessage, submit.esmClass, request.sar_segment_seqnum),
      nowMs,
    );
    this.recordedSubmits.push(submit);
    connection.log.debug(
      { messageId: submit.messageId, destinationAddr: submit.destinationAddr },
      "submit_sm accepted",
    );
    return submit;
  }

  protected handleUnbind(connection: EsmeConnection, request: PDU): void {
    connection.markUnbound();
    connection.reply(request);
    connection.end();
    connection.log.info({}, "ESME unbound");
  }

  private accept(session: Session): void {
    const connection = new EsmeConnection(session, this.log);
    this.connections.add(connection);
    connection.log.debug({}, "ESME connected");
    session.on("pdu", (pdu) => this.dispatch(connection, pdu));
    session.on("error", (error) => {
      // After an unparsable PDU the package stops reading this session, so it is lost either way.
      connection.log.warn({ err: error }, "ESME connection error");
      session.destroy();
    });
    session.on("close", () => {
      this.connections.delete(connection);
      this.deliveries.sessionClosed(connection);
      connection.log.debug({}, "ESME disconnected");
    });
  }

  private dispatch(connection: EsmeConnection, pdu: PDU): void {
    if (pdu.command === "unknown") {
      connection.nack(pdu, smpp.ESME_RINVCMDID);
      return;
    }
    // Responses answer our own requests (unbind at shutdown) and are taken by their send callbacks.
    if (pdu.isResponse()) return;
    const handler = this.requestHandlers[pdu.command];
    if (!handler) {
      connection.log.debug({ command: pdu.command }, "unsupported command");
      connection.nack(pdu, smpp.ESME_RINVCMDID);
      return;
    }
    try {
      handler(connection, pdu);
    } catch (error) {
      // A throw would escape into the smpp package's read loop, which then never reads this session again.
      connection.log.error({ err: error, command: pdu.command }, "request handler failed");
      connection.reply(pdu, { command_status: smpp.ESME_RSYSERR });
    }
  }
}

/** A receipt owed for one accepted submit_sm. */
class ReceiptDelivery implements Delivery {
  readonly kind = "receipt";
  failures = 0;
  sentAt = 0;
  /** The receipt's done date: when it first fell due, however often it is tried. */
  private readonly doneAt: number;

  constructor(
    public dueAt: number,
    readonly submit: AcceptedSubmit,
    readonly stat: ReceiptStat,
    private readonly idInText: "hex" | "decimal",
    private readonly tlvs: boolean,
  ) {
    this.doneAt = dueAt;
  }

  get systemId(): string {
    return this.submit.systemId;
  }

  fields(): DeliverSmFields {
    return receiptFields({
      subject: this.submit,
      stat: this.stat,
      errorCode: receiptErrorCode(this.stat),
      doneAt: this.doneAt,
      idInText: this.idInText,
      tlvs: this.tlvs,
    });
  }
}

/** A subscriber's one reply to a campaign (autoReply). */
class ReplyDelivery implements Delivery {
  readonly kind = "reply";
  failures = 0;
  sentAt = 0;

  constructor(
    public dueAt: number,
    readonly systemId: string,
    private readonly mo: { from: string; to: string; text: string },
  ) {}

  fields(): DeliverSmFields {
    return moInjectionFields(this.mo);
  }
}

export function createSmscSimulator(options: SimulatorOptions): SmscSimulator {
  return new SmscSimulatorServer(options);
}
