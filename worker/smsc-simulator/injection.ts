import { z } from "zod";
import type { DeliverSmFields } from "./deliver-sm-encoding";
import { address, encodeMoText, moFields } from "./delivery-pdus";

/**
 * Inbound messages and raw deliver_sm sent on request (injectMo,
 * injectDeliverSm, POST /mo, POST /deliver-sm), for demos and for tests of
 * how the product reads what carriers send, malformed input included.
 */

/** sm_length is one octet. */
const MAX_SHORT_MESSAGE_OCTETS = 254;
/** The smpp package refuses to read a PDU over 16 KiB, and a refused PDU ends the ESME's session. */
const MAX_PAYLOAD_OCTETS = 16_000;

const ZAddress = z.string().min(1).max(21);
const ZOctet = z.number().int().min(0).max(255);

export const ZMoInjection = z
  .object({
    /** The subscriber: digits, with or without "+" (sent as TON 1), or a name. */
    from: ZAddress,
    /** Our number or short code it is sent to. */
    to: ZAddress,
    text: z.string().min(1).max(8_000),
    /** 0 GSM-7 or 8 UCS-2; absent: GSM-7 when every character fits, else UCS-2. */
    dataCoding: z.union([z.literal(0), z.literal(8)]).optional(),
    /** The account whose receiving session gets it; absent: any bound receiver. */
    systemId: z.string().min(1).max(15).optional(),
  })
  .strict();
export type MoInjection = z.infer<typeof ZMoInjection>;

/** Any deliver_sm, field by field; octet fields are bytes, sent exactly as given. */
export interface DeliverSmInjection {
  systemId?: string;
  sourceAddr?: string;
  sourceAddrTon?: number;
  sourceAddrNpi?: number;
  destinationAddr?: string;
  destAddrTon?: number;
  destAddrNpi?: number;
  esmClass?: number;
  dataCoding?: number;
  shortMessage?: Buffer;
  messagePayload?: Buffer;
  receiptedMessageId?: string;
  messageState?: number;
  /** Sent as network_error_code 03 <code, 2 octets> (GSM). */
  networkErrorCode?: number;
}

const ZHex = z.string().regex(/^(?:[0-9a-fA-F]{2})*$/, "hex takes pairs of hex digits");
const ZBase64 = z.string().regex(/^[A-Za-z0-9+/]*={0,2}$/, "not base64");

/** POST /deliver-sm: octet fields as hex or base64 (…Hex, …Base64), or shortMessageText sent as Latin-1 octets. */
export const ZDeliverSmRequest = z
  .object({
    systemId: z.string().min(1).max(15).optional(),
    sourceAddr: z.string().max(21).optional(),
    sourceAddrTon: ZOctet.optional(),
    sourceAddrNpi: ZOctet.optional(),
    destinationAddr: z.string().max(21).optional(),
    destAddrTon: ZOctet.optional(),
    destAddrNpi: ZOctet.optional(),
    esmClass: ZOctet.optional(),
    dataCoding: ZOctet.optional(),
    shortMessageHex: ZHex.optional(),
    shortMessageBase64: ZBase64.optional(),
    shortMessageText: z.string().optional(),
    messagePayloadHex: ZHex.optional(),
    messagePayloadBase64: ZBase64.optional(),
    receiptedMessageId: z.string().max(64).optional(),
    messageState: ZOctet.optional(),
    networkErrorCode: z.number().int().min(0).max(0xffff).optional(),
  })
  .strict()
  .refine(
    (body) =>
      [body.shortMessageHex, body.shortMessageBase64, body.shortMessageText].filter((v) => v !== undefined)
        .length <= 1,
    { message: "give short_message once: shortMessageHex, shortMessageBase64 or shortMessageText" },
  )
  .refine((body) => !(body.messagePayloadHex !== undefined && body.messagePayloadBase64 !== undefined), {
    message: "give message_payload once: messagePayloadHex or messagePayloadBase64",
  });

export class InvalidInjectionError extends Error {
  override readonly name = "InvalidInjectionError";
}

/** No bound session of the account can be sent a deliver_sm. */
export class NoReceiverError extends Error {
  override readonly name = "NoReceiverError";
}

/** The deliver_sm went out but got no answer: the connection closed, or the ESME took too long. */
export class DeliverSmUnansweredError extends Error {
  override readonly name = "DeliverSmUnansweredError";
}

export function parseMoInjection(input: unknown): MoInjection {
  const parsed = ZMoInjection.safeParse(input);
  if (!parsed.success) throw new InvalidInjectionError(`invalid MO: ${describeIssues(parsed.error)}`);
  return parsed.data;
}

export function parseDeliverSmRequest(input: unknown): DeliverSmInjection {
  const parsed = ZDeliverSmRequest.safeParse(input);
  if (!parsed.success) throw new InvalidInjectionError(`invalid deliver_sm: ${describeIssues(parsed.error)}`);
  const {
    shortMessageHex,
    shortMessageBase64,
    shortMessageText,
    messagePayloadHex,
    messagePayloadBase64,
    ...fields
  } = parsed.data;
  const shortMessage =
    shortMessageHex !== undefined
      ? Buffer.from(shortMessageHex, "hex")
      : shortMessageBase64 !== undefined
        ? Buffer.from(shortMessageBase64, "base64")
        : shortMessageText !== undefined
          ? Buffer.from(shortMessageText, "latin1")
          : undefined;
  const messagePayload =
    messagePayloadHex !== undefined
      ? Buffer.from(messagePayloadHex, "hex")
      : messagePayloadBase64 !== undefined
        ? Buffer.from(messagePayloadBase64, "base64")
        : undefined;
  return { ...fields, shortMessage, messagePayload };
}

/** The deliver_sm of an MO; a text over 254 octets goes in message_payload. */
export function moInjectionFields(
  mo: Pick<MoInjection, "from" | "to" | "text" | "dataCoding">,
): DeliverSmFields {
  const encoded = encodeMoText(mo.text, mo.dataCoding);
  if ("problem" in encoded) throw new InvalidInjectionError(`invalid MO: ${encoded.problem}`);
  if (encoded.bytes.length > MAX_PAYLOAD_OCTETS) {
    throw new InvalidInjectionError(
      `invalid MO: the text takes ${encoded.bytes.length} octets; at most ${MAX_PAYLOAD_OCTETS} are sent`,
    );
  }
  const fields = moFields({ from: mo.from, to: mo.to, encoded });
  if (encoded.bytes.length <= MAX_SHORT_MESSAGE_OCTETS) return fields;
  return { ...fields, shortMessage: Buffer.alloc(0), messagePayload: encoded.bytes };
}

/** The fields given, the addresses typed by their look (see `address`) unless a TON/NPI is given. */
export function deliverSmInjectionFields(fields: DeliverSmInjection): DeliverSmFields {
  if (fields.shortMessage && fields.shortMessage.length > MAX_SHORT_MESSAGE_OCTETS) {
    throw new InvalidInjectionError(
      `invalid deliver_sm: short_message is ${fields.shortMessage.length} octets, at most ${MAX_SHORT_MESSAGE_OCTETS}; use messagePayload`,
    );
  }
  if (fields.messagePayload && fields.messagePayload.length > MAX_PAYLOAD_OCTETS) {
    throw new InvalidInjectionError(
      `invalid deliver_sm: message_payload is ${fields.messagePayload.length} octets, at most ${MAX_PAYLOAD_OCTETS}`,
    );
  }
  for (const name of [
    "sourceAddrTon",
    "sourceAddrNpi",
    "destAddrTon",
    "destAddrNpi",
    "esmClass",
    "dataCoding",
    "messageState",
  ] as const) {
    const value = fields[name];
    if (value !== undefined && !(Number.isInteger(value) && value >= 0 && value <= 255)) {
      throw new InvalidInjectionError(
        `invalid deliver_sm: ${name} must be an octet (0 to 255), not ${value}`,
      );
    }
  }
  const code = fields.networkErrorCode;
  if (code !== undefined && !(Number.isInteger(code) && code >= 0 && code <= 0xffff)) {
    throw new InvalidInjectionError(`invalid deliver_sm: networkErrorCode must be 0 to 65535, not ${code}`);
  }
  const source = address(fields.sourceAddr ?? "");
  const dest = address(fields.destinationAddr ?? "");
  const result: DeliverSmFields = {
    sourceAddrTon: fields.sourceAddrTon ?? (fields.sourceAddr === undefined ? 0 : source.ton),
    sourceAddrNpi: fields.sourceAddrNpi ?? (fields.sourceAddr === undefined ? 0 : source.npi),
    sourceAddr: source.value,
    destAddrTon: fields.destAddrTon ?? (fields.destinationAddr === undefined ? 0 : dest.ton),
    destAddrNpi: fields.destAddrNpi ?? (fields.destinationAddr === undefined ? 0 : dest.npi),
    destinationAddr: dest.value,
    esmClass: fields.esmClass ?? 0,
    dataCoding: fields.dataCoding ?? 0,
    shortMessage: fields.shortMessage ?? Buffer.alloc(0),
  };
  if (fields.receiptedMessageId !== undefined) result.receiptedMessageId = fields.receiptedMessageId;
  if (fields.messageState !== undefined) result.messageState = fields.messageState;
  if (code !== undefined) result.networkErrorCode = Buffer.from([3, code >> 8, code & 0xff]);
  if (fields.messagePayload !== undefined) result.messagePayload = fields.messagePayload;
  return result;
}

function describeIssues(error: z.ZodError): string {
  return error.issues
    .map((issue) => (issue.path.length > 0 ? `${issue.path.join(".")}: ${issue.message}` : issue.message))
    .join("; ");
}
