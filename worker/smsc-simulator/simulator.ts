import smpp, { type Command, type PDU, type Server, type Session } from "smpp";
import { findAccount, parseAccounts, type SmscAccount } from "./accounts";
import { EsmeConnection, type BindMode } from "./esme-connection";
import { silentLogger, type SimulatorLogger } from "./logger";
import { nextMessageId } from "./message-ids";
import { readShortMessage } from "./raw-pdu";

export interface SimulatorOptions {
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

export interface SimulatorStats {
  /** Successful binds since the simulator started. */
  binds: number;
  /** Connections bound right now. */
  boundSessions: number;
  /** submit_sm accepted since the simulator started (not capped like `submits`). */
  submitted: number;
}

export interface SmscSimulator {
  listen(): Promise<{ host: string; port: number }>;
  /** Unbinds and closes every connection, then stops listening. */
  close(): Promise<void>;
  readonly stats: SimulatorStats;
  /** The latest accepted submits, oldest first. */
  readonly submits: readonly AcceptedSubmit[];
}

type RequestHandler = (connection: EsmeConnection, request: PDU) => void;

/**
 * The bundled SMSC: a real SMPP 3.4 server over the smpp package.
 *
 * Each request command has one handler in `requestHandlers`; receipts, MO and
 * throttling extend it by adding handlers, by acting on what `acceptSubmit`
 * records, and by refusing in `checkSubmit`.
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
  private readonly maxRecordedSubmits: number;
  private readonly shutdownGraceMs: number;
  private readonly recordedSubmits: AcceptedSubmit[] = [];
  private bindCount = 0;
  private submittedCount = 0;

  constructor(options: SimulatorOptions) {
    this.host = options.host ?? "127.0.0.1";
    this.port = options.port ?? 2775;
    this.systemId = options.systemId ?? "SMSCSIM";
    this.accounts = parseAccounts(options.accounts);
    this.maxRecordedSubmits = options.maxRecordedSubmits ?? 10_000;
    this.shutdownGraceMs = options.shutdownGraceMs ?? 1_000;
    this.log = (options.logger ?? silentLogger).child({ component: "smsc-simulator" });
    this.server = smpp.createServer((session) => this.accept(session));
    this.server.on("error", (error: Error) => this.log.error({ err: error }, "SMPP server error"));
  }

  get stats(): SimulatorStats {
    let boundSessions = 0;
    for (const connection of this.connections) if (connection.isBound) boundSessions += 1;
    return { binds: this.bindCount, boundSessions, submitted: this.submittedCount };
  }

  get submits(): readonly AcceptedSubmit[] {
    return this.recordedSubmits;
  }

  listen(): Promise<{ host: string; port: number }> {
    return new Promise((resolve, reject) => {
      this.server.once("error", reject);
      this.server.listen(this.port, this.host, () => {
        this.server.off("error", reject);
        const address = this.server.address();
        if (address === null || typeof address === "string") {
          reject(new Error(`SMPP server is not listening on TCP: ${String(address)}`));
          return;
        }
        this.log.info({ host: address.address, port: address.port }, "SMSC simulator listening");
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
    for (const connection of this.connections) connection.shutdown(this.shutdownGraceMs);
    await stopped;
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
  }

  protected handleSubmitSm(connection: EsmeConnection, request: PDU): void {
    const refusal = this.checkSubmit(connection, request);
    if (refusal !== smpp.ESME_ROK) {
      connection.log.debug(
        { commandStatus: refusal, destinationAddr: request.destination_addr },
        "submit_sm refused",
      );
      connection.reply(request, { command_status: refusal });
      return;
    }
    const bytes = connection.rawPdus.bytesOf(request);
    if (!bytes) {
      // Only if the smpp package changed how it reads PDUs; refusing beats recording a wrong message.
      connection.log.error({ sequenceNumber: request.sequence_number }, "submit_sm bytes not captured");
      connection.reply(request, { command_status: smpp.ESME_RSYSERR });
      return;
    }
    const submit = this.acceptSubmit(connection, request, readShortMessage(bytes));
    connection.reply(request, { message_id: submit.messageId });
  }

  /** Why this submit_sm cannot be taken, as an SMPP command_status; ESME_ROK when it can. */
  protected checkSubmit(connection: EsmeConnection, request: PDU): number {
    if (!connection.canSubmit) return smpp.ESME_RINVBNDSTS;
    if (!request.destination_addr) return smpp.ESME_RINVDSTADR;
    return smpp.ESME_ROK;
  }

  /** Issues the message id and records the submit; the one place every accepted message passes. */
  protected acceptSubmit(connection: EsmeConnection, request: PDU, shortMessage: Buffer): AcceptedSubmit {
    const submit: AcceptedSubmit = {
      messageId: nextMessageId(),
      systemId: connection.systemId ?? "",
      sourceAddr: request.source_addr ?? "",
      destinationAddr: request.destination_addr ?? "",
      shortMessage,
      dataCoding: request.data_coding ?? 0,
      esmClass: request.esm_class ?? 0,
      registeredDelivery: request.registered_delivery ?? 0,
      receivedAt: new Date(),
    };
    this.submittedCount += 1;
    this.recordedSubmits.push(submit);
    if (this.recordedSubmits.length > this.maxRecordedSubmits) this.recordedSubmits.shift();
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

export function createSmscSimulator(options: SimulatorOptions): SmscSimulator {
  return new SmscSimulatorServer(options);
}
