/**
 * Types for the `smpp` package (0.5.1), which ships none. They describe what
 * node_modules/smpp/lib does, for the parts this project uses; re-check them
 * there when upgrading the package.
 *
 * Import it as a default import: `import smpp from "smpp"`. The package is
 * CommonJS and creates its ESME_* and constant exports in loops, which Node's
 * named-export detection cannot see, so `import { ESME_ROK } from "smpp"`
 * compiles but fails at run time.
 */
declare module "smpp" {
  import type { Server as NetServer, ServerOpts, Socket } from "node:net";
  import type { TlsOptions } from "node:tls";

  export type BindCommand = "bind_receiver" | "bind_transmitter" | "bind_transceiver";
  export type RequestCommand =
    | BindCommand
    | "alert_notification"
    | "broadcast_sm"
    | "cancel_broadcast_sm"
    | "cancel_sm"
    | "data_sm"
    | "deliver_sm"
    | "enquire_link"
    | "outbind"
    | "query_broadcast_sm"
    | "query_sm"
    | "replace_sm"
    | "submit_multi"
    | "submit_sm"
    | "unbind";
  /** alert_notification and outbind have no response PDU. */
  export type ResponseCommand =
    `${Exclude<RequestCommand, "alert_notification" | "outbind">}_resp` | "generic_nack";
  export type Command = RequestCommand | ResponseCommand;

  /**
   * short_message or message_payload as a received PDU carries it. The package
   * decodes the bytes by data_coding and keeps only the result, so this is not
   * a faithful copy of what was sent (bytes outside GSM 03.38 become spaces).
   */
  export interface DecodedMessage {
    /** Text for data_coding 0, 1, 3 and 8 (GSM 03.38, GSM 03.38, Latin-1, UCS-2); the bytes for any other. */
    message: string | Buffer;
    /** With the UDHI bit in esm_class: one Buffer per information element, without the UDHL byte. */
    udh?: Buffer[];
  }

  /**
   * What a PDU accepts as short_message or message_payload: bytes are sent as
   * they are; text is encoded by data_coding (when data_coding is null, the
   * package picks an encoding and sets data_coding). `udh` is a whole user data
   * header, UDHL byte included.
   */
  export type OutgoingMessage = Buffer | string | { message: string | Buffer; udh?: Buffer };

  /** Fields whose type is the same going out and coming in. */
  export interface PduFields {
    system_id: string;
    password: string;
    system_type: string;
    interface_version: number;
    addr_ton: number;
    addr_npi: number;
    address_range: string;
    service_type: string;
    source_addr_ton: number;
    source_addr_npi: number;
    source_addr: string;
    dest_addr_ton: number;
    dest_addr_npi: number;
    destination_addr: string;
    esm_class: number;
    protocol_id: number;
    priority_flag: number;
    registered_delivery: number;
    replace_if_present_flag: number;
    sm_default_msg_id: number;
    message_id: string;
    /** Mandatory in query_sm_resp, a TLV (0x0427) in deliver_sm receipts. */
    message_state: number;
    error_code: number;
    // TLVs
    receipted_message_id: string;
    network_error_code: Buffer;
    delivery_failure_reason: number;
    additional_status_info_text: string;
    user_message_reference: number;
    sar_msg_ref_num: number;
    sar_total_segments: number;
    sar_segment_seqnum: number;
    source_port: number;
    dest_port: number;
    payload_type: number;
    more_messages_to_send: number;
    language_indicator: number;
  }

  /** Options for `new PDU(command, options)`, `pdu.response(options)` and the session shortcuts. */
  export interface PduOptions extends Partial<PduFields> {
    /** Non-zero: the PDU is sent as a bare header, without its body. */
    command_status?: number;
    /** 0 or absent: the session numbers a request itself. */
    sequence_number?: number;
    data_coding?: number | null;
    short_message?: OutgoingMessage;
    message_payload?: OutgoingMessage;
    /** A Date, or an SMPP time string (12 characters or fewer are taken as relative). */
    schedule_delivery_time?: string | Date;
    validity_period?: string | Date;
    final_date?: string | Date;
  }

  /** A PDU as received (fields a PDU built locally holds are what was passed in). */
  export interface PDU extends Partial<PduFields> {
    /** "unknown" when the command_id is not one the package knows; such a PDU has no body fields. */
    command: Command | "unknown";
    command_id: number;
    command_length: number;
    command_status: number;
    sequence_number: number;
    /** null only on a locally built PDU that was not given one. */
    data_coding?: number | null;
    short_message?: DecodedMessage;
    message_payload?: DecodedMessage;
    /** A Date once decoded; "" when the field was empty. */
    schedule_delivery_time?: string | Date;
    validity_period?: string | Date;
    final_date?: string | Date;
    isResponse(): boolean;
    /** The matching `<command>_resp` with this PDU's sequence_number (generic_nack for "unknown"). */
    response(options?: PduOptions): PDU;
    toBuffer(): Buffer;
  }
  export const PDU: {
    new (command: Command, options?: PduOptions): PDU;
    /** false when the buffer holds less than one whole PDU. */
    fromBuffer(buffer: Buffer): PDU | false;
    /** Longer PDUs make the session emit "error" (and stop reading). */
    maxLength: number;
    readonly prototype: PDU;
  };

  export type PduListener = (pdu: PDU) => void;

  /**
   * `session.submit_sm(options, onResponse, onSent)` and the like: build the
   * PDU, send it, and call onResponse with the PDU of the same sequence_number.
   * For a response PDU, a lone callback is called once it is written. Returns
   * false, sending nothing and never calling back, when the socket is not writable.
   */
  export interface CommandShortcut {
    (options?: PduOptions, onResponse?: PduListener, onSent?: PduListener): boolean;
    (onResponse: PduListener, onSent?: PduListener): boolean;
  }

  export type SessionEvents = { [C in Command]: PduListener } & {
    /** Every PDU received, before the per-command event and the response callback. */
    pdu: PduListener;
    unknown: PduListener;
    /** A PDU was written to the socket. */
    send: PduListener;
    connect: () => void;
    secureConnect: () => void;
    close: () => void;
    /** Socket errors, and PDUs that cannot be parsed (after which the session reads nothing more). */
    error: (error: Error) => void;
  };

  export interface SessionOptions {
    /** A server hands its sessions the accepted socket; a client session connects its own. */
    socket?: Socket;
    host?: string;
    port?: number | string;
    tls?: boolean;
    /** Milliseconds between automatic enquire_links once connected. */
    auto_enquire_link_period?: number;
  }

  export interface Session extends Readonly<Record<Command, CommandShortcut>> {
    readonly socket: Socket;
    readonly options: SessionOptions;
    /** Set on sessions a Server accepted. */
    server?: Server;
    /** The last sequence_number used; wraps after 0x7FFFFFFF. */
    sequence: number;
    paused: boolean;
    connect(): void;
    send(pdu: PDU, onResponse?: PduListener, onSent?: PduListener): boolean;
    pause(): void;
    resume(): void;
    /** Ends the socket gracefully (FIN after pending writes). */
    close(callback?: () => void): void;
    destroy(callback?: () => void): void;
    on<E extends keyof SessionEvents>(event: E, listener: SessionEvents[E]): this;
    once<E extends keyof SessionEvents>(event: E, listener: SessionEvents[E]): this;
    off<E extends keyof SessionEvents>(event: E, listener: SessionEvents[E]): this;
  }
  export const Session: { new (options: SessionOptions): Session; readonly prototype: Session };

  export interface ConnectOptions extends Omit<SessionOptions, "socket"> {
    /** smpp://host:port, or ssmpp:// for TLS; overrides host, port and tls. */
    url?: string;
  }

  /** Opens a client session (port defaults to 2775, 3550 with TLS); the listener runs once connected. */
  export function connect(options: ConnectOptions, onConnect?: () => void): Session;
  export function connect(url: string, onConnect?: () => void): Session;
  /** The package reads a listener only from a fourth argument here, so none is declared. */
  export function connect(host: string, port: number): Session;
  export const createSession: typeof connect;

  export type ServerOptions = ServerOpts & Pick<TlsOptions, "key" | "cert">;

  /**
   * A net.Server that wraps each accepted socket in a Session. Pass the session
   * listener to createServer to have it typed; `server.on("session", …)` falls
   * through to net.Server's untyped overload.
   */
  export class Server extends NetServer {
    constructor(options?: ServerOptions, onSession?: (session: Session) => void);
    /** Open sessions; a session leaves when its socket closes. */
    readonly sessions: Session[];
  }

  /** With key and cert, a TLS server (listen() then defaults to 3550 rather than 2775). */
  export function createServer(options: ServerOptions, onSession?: (session: Session) => void): Server;
  export function createServer(onSession?: (session: Session) => void): Server;

  /** How the package reads and writes one field type; used to walk a PDU's bytes. */
  export interface FieldType {
    read(buffer: Buffer, offset: number, length?: number): unknown;
    write(value: unknown, buffer: Buffer, offset: number): void;
    size(value: unknown): number;
    readonly default: unknown;
  }
  export interface CommandDefinition {
    readonly id: number;
    /** Mandatory parameters in wire order (sm_length is folded into short_message). */
    readonly params?: Readonly<Record<string, { readonly type: FieldType; readonly default?: unknown }>>;
  }
  export const commands: Readonly<Record<Command, CommandDefinition>>;

  export const errors: Readonly<Record<EsmeStatusName, number>>;
  export type EsmeStatusName =
    | "ESME_ROK"
    | "ESME_RINVMSGLEN"
    | "ESME_RINVCMDLEN"
    | "ESME_RINVCMDID"
    | "ESME_RINVBNDSTS"
    | "ESME_RALYBND"
    | "ESME_RINVPRTFLG"
    | "ESME_RINVREGDLVFLG"
    | "ESME_RSYSERR"
    | "ESME_RINVSRCADR"
    | "ESME_RINVDSTADR"
    | "ESME_RINVMSGID"
    | "ESME_RBINDFAIL"
    | "ESME_RINVPASWD"
    | "ESME_RINVSYSID"
    | "ESME_RCANCELFAIL"
    | "ESME_RREPLACEFAIL"
    | "ESME_RMSGQFUL"
    | "ESME_RINVSERTYP"
    | "ESME_RINVNUMDESTS"
    | "ESME_RINVDLNAME"
    | "ESME_RINVDESTFLAG"
    | "ESME_RINVSUBREP"
    | "ESME_RINVESMCLASS"
    | "ESME_RCNTSUBDL"
    | "ESME_RSUBMITFAIL"
    | "ESME_RINVSRCTON"
    | "ESME_RINVSRCNPI"
    | "ESME_RINVDSTTON"
    | "ESME_RINVDSTNPI"
    | "ESME_RINVSYSTYP"
    | "ESME_RINVREPFLAG"
    | "ESME_RINVNUMMSGS"
    | "ESME_RTHROTTLED"
    | "ESME_RINVSCHED"
    | "ESME_RINVEXPIRY"
    | "ESME_RINVDFTMSGID"
    | "ESME_RX_T_APPN"
    | "ESME_RX_P_APPN"
    | "ESME_RX_R_APPN"
    | "ESME_RQUERYFAIL"
    | "ESME_RINVTLVSTREAM"
    | "ESME_RTLVNOTALLWD"
    | "ESME_RINVTLVLEN"
    | "ESME_RMISSINGTLV"
    | "ESME_RINVTLVVAL"
    | "ESME_RDELIVERYFAILURE"
    | "ESME_RUNKNOWNERR"
    | "ESME_RSERTYPUNAUTH"
    | "ESME_RPROHIBITED"
    | "ESME_RSERTYPUNAVAIL"
    | "ESME_RSERTYPDENIED"
    | "ESME_RINVDCS"
    | "ESME_RINVSRCADDRSUBUNIT"
    | "ESME_RINVDSTADDRSUBUNIT"
    | "ESME_RINVBCASTFREQINT"
    | "ESME_RINVBCASTALIAS_NAME"
    | "ESME_RINVBCASTAREAFMT"
    | "ESME_RINVNUMBCAST_AREAS"
    | "ESME_RINVBCASTCNTTYPE"
    | "ESME_RINVBCASTMSGCLASS"
    | "ESME_RBCASTFAIL"
    | "ESME_RBCASTQUERYFAIL"
    | "ESME_RBCASTCANCELFAIL"
    | "ESME_RINVBCAST_REP"
    | "ESME_RINVBCASTSRVGRP"
    | "ESME_RINVBCASTCHANIND";

  export const ESME_ROK: number;
  export const ESME_RINVMSGLEN: number;
  export const ESME_RINVCMDLEN: number;
  export const ESME_RINVCMDID: number;
  export const ESME_RINVBNDSTS: number;
  export const ESME_RALYBND: number;
  export const ESME_RINVPRTFLG: number;
  export const ESME_RINVREGDLVFLG: number;
  export const ESME_RSYSERR: number;
  export const ESME_RINVSRCADR: number;
  export const ESME_RINVDSTADR: number;
  export const ESME_RINVMSGID: number;
  export const ESME_RBINDFAIL: number;
  export const ESME_RINVPASWD: number;
  export const ESME_RINVSYSID: number;
  export const ESME_RCANCELFAIL: number;
  export const ESME_RREPLACEFAIL: number;
  export const ESME_RMSGQFUL: number;
  export const ESME_RINVSERTYP: number;
  export const ESME_RINVNUMDESTS: number;
  export const ESME_RINVDLNAME: number;
  export const ESME_RINVDESTFLAG: number;
  export const ESME_RINVSUBREP: number;
  export const ESME_RINVESMCLASS: number;
  export const ESME_RCNTSUBDL: number;
  export const ESME_RSUBMITFAIL: number;
  export const ESME_RINVSRCTON: number;
  export const ESME_RINVSRCNPI: number;
  export const ESME_RINVDSTTON: number;
  export const ESME_RINVDSTNPI: number;
  export const ESME_RINVSYSTYP: number;
  export const ESME_RINVREPFLAG: number;
  export const ESME_RINVNUMMSGS: number;
  export const ESME_RTHROTTLED: number;
  export const ESME_RINVSCHED: number;
  export const ESME_RINVEXPIRY: number;
  export const ESME_RINVDFTMSGID: number;
  export const ESME_RX_T_APPN: number;
  export const ESME_RX_P_APPN: number;
  export const ESME_RX_R_APPN: number;
  export const ESME_RQUERYFAIL: number;
  export const ESME_RINVTLVSTREAM: number;
  export const ESME_RTLVNOTALLWD: number;
  export const ESME_RINVTLVLEN: number;
  export const ESME_RMISSINGTLV: number;
  export const ESME_RINVTLVVAL: number;
  export const ESME_RDELIVERYFAILURE: number;
  export const ESME_RUNKNOWNERR: number;
  export const ESME_RSERTYPUNAUTH: number;
  export const ESME_RPROHIBITED: number;
  export const ESME_RSERTYPUNAVAIL: number;
  export const ESME_RSERTYPDENIED: number;
  export const ESME_RINVDCS: number;
  export const ESME_RINVSRCADDRSUBUNIT: number;
  export const ESME_RINVDSTADDRSUBUNIT: number;
  export const ESME_RINVBCASTFREQINT: number;
  export const ESME_RINVBCASTALIAS_NAME: number;
  export const ESME_RINVBCASTAREAFMT: number;
  export const ESME_RINVNUMBCAST_AREAS: number;
  export const ESME_RINVBCASTCNTTYPE: number;
  export const ESME_RINVBCASTMSGCLASS: number;
  export const ESME_RBCASTFAIL: number;
  export const ESME_RBCASTQUERYFAIL: number;
  export const ESME_RBCASTCANCELFAIL: number;
  export const ESME_RINVBCAST_REP: number;
  export const ESME_RINVBCASTSRVGRP: number;
  export const ESME_RINVBCASTCHANIND: number;

  export const REGISTERED_DELIVERY: Readonly<
    Record<
      "FINAL" | "FAILURE" | "SUCCESS" | "DELIVERY_ACKNOWLEDGEMENT" | "USER_ACKNOWLEDGEMENT" | "INTERMEDIATE",
      number
    >
  >;
  export const ESM_CLASS: Readonly<
    Record<
      | "DATAGRAM"
      | "FORWARD"
      | "STORE_FORWARD"
      | "MC_DELIVERY_RECEIPT"
      | "DELIVERY_ACKNOWLEDGEMENT"
      | "USER_ACKNOWLEDGEMENT"
      | "CONVERSATION_ABORT"
      | "INTERMEDIATE_DELIVERY"
      | "UDH_INDICATOR"
      | "KANNEL_UDH_INDICATOR"
      | "SET_REPLY_PATH",
      number
    >
  >;
  export const MESSAGE_STATE: Readonly<
    Record<
      | "SCHEDULED"
      | "ENROUTE"
      | "DELIVERED"
      | "EXPIRED"
      | "DELETED"
      | "UNDELIVERABLE"
      | "ACCEPTED"
      | "UNKNOWN"
      | "REJECTED"
      | "SKIPPED",
      number
    >
  >;
  export const TON: Readonly<
    Record<
      | "UNKNOWN"
      | "INTERNATIONAL"
      | "NATIONAL"
      | "NETWORK_SPECIFIC"
      | "SUBSCRIBER_NUMBER"
      | "ALPHANUMERIC"
      | "ABBREVIATED",
      number
    >
  >;
  export const NPI: Readonly<
    Record<
      | "UNKNOWN"
      | "ISDN"
      | "DATA"
      | "TELEX"
      | "LAND_MOBILE"
      | "NATIONAL"
      | "PRIVATE"
      | "ERMES"
      | "INTERNET"
      | "IP"
      | "WAP",
      number
    >
  >;
  /** data_coding values; several names share a value (ASCII, IA5 and the GSM_* shift tables are all 1). */
  export const ENCODING: Readonly<
    Record<
      | "SMSC_DEFAULT"
      | "ASCII"
      | "GSM_TR"
      | "GSM_ES"
      | "GSM_PT"
      | "IA5"
      | "LATIN1"
      | "ISO_8859_1"
      | "BINARY"
      | "JIS"
      | "X_0208_1990"
      | "CYRILLIC"
      | "ISO_8859_5"
      | "HEBREW"
      | "ISO_8859_8"
      | "UCS2"
      | "PICTOGRAM"
      | "ISO_2022_JP"
      | "EXTENDED_KANJI_JIS"
      | "X_0212_1990"
      | "KS_C_5601",
      number
    >
  >;
}
