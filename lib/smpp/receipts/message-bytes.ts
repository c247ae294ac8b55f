import smpp, { type PDU } from "smpp";
import { encodeGsm7 } from "./gsm7";

/**
 * The octets of a received deliver_sm's short_message and message_payload.
 *
 * The smpp package decodes both into text by data_coding while it parses the
 * PDU and keeps only the text, and that decoding is lossy: an octet outside
 * GSM 03.38 becomes a space, and IA5 (data_coding 1) is read as GSM-7, so
 * "@" arrives as "¡". It hands the raw octets to a per-field `filter.decode`
 * first, with the PDU as `this`; the package exports its field tables, so
 * the decoders of deliver_sm's short_message and of the message_payload TLV
 * are wrapped here to remember those octets per PDU (in a WeakMap, so they go
 * with the PDU). Every PDU parsed after this module is loaded is covered;
 * lib/smpp loads it with its index.
 *
 * For a PDU parsed without the wrap (or built locally) the octets are rebuilt
 * from what the package kept: exact for UCS-2, Latin-1 and GSM-7 text and for
 * IA5 (its GSM reading is undone character by character), except octets the
 * package had already turned into spaces.
 */

type MessageField = "short_message" | "message_payload";
type MessageFilter = {
  encode: (this: PDU, value: unknown) => unknown;
  decode: (this: PDU, value: unknown, skipUdh?: boolean) => unknown;
};
type FieldDefinition = { filter?: MessageFilter };

const captured = new WeakMap<object, Partial<Record<MessageField, Buffer>>>();
const WRAPPED = Symbol.for("sms-campaigns.smpp.rawMessageCapture");

function capture(definition: FieldDefinition | undefined, field: MessageField): void {
  const original = definition?.filter;
  if (!definition || !original || (original as unknown as Record<symbol, boolean>)[WRAPPED]) return;
  const wrapped: MessageFilter & { [WRAPPED]: true } = {
    [WRAPPED]: true,
    encode: original.encode,
    decode(this: PDU, value: unknown, skipUdh?: boolean): unknown {
      if (Buffer.isBuffer(value)) {
        const fields = captured.get(this) ?? {};
        fields[field] = value;
        captured.set(this, fields);
      }
      return original.decode.call(this, value, skipUdh);
    },
  };
  definition.filter = wrapped;
}

// The typings describe the field tables only as far as raw-pdu readers need them; the filter is the package's own.
capture(smpp.commands.deliver_sm.params?.short_message as FieldDefinition | undefined, "short_message");
capture(
  (smpp as unknown as { tlvs?: Record<string, FieldDefinition> }).tlvs?.message_payload,
  "message_payload",
);

/** The field's octets as they were on the wire (UDH included), or null when the PDU has no such field. */
export function messageBytesOf(pdu: PDU, field: MessageField): Buffer | null {
  const raw = captured.get(pdu)?.[field];
  if (raw) return raw;
  const value: unknown = pdu[field];
  if (value === undefined || value === null) return null;
  if (Buffer.isBuffer(value)) return value;
  const dataCoding = pdu.data_coding ?? 0;
  if (typeof value === "string") return encodeAs(value, dataCoding);
  if (typeof value !== "object") return null;
  const { message, udh } = value as { message?: unknown; udh?: unknown };
  const body = Buffer.isBuffer(message)
    ? message
    : typeof message === "string"
      ? encodeAs(message, dataCoding)
      : Buffer.alloc(0);
  return Buffer.concat([headerOf(udh), body]);
}

/** A decoded UDH is its elements without the length octet; a locally built one is the whole header. */
function headerOf(udh: unknown): Buffer {
  if (Buffer.isBuffer(udh)) return udh;
  if (!Array.isArray(udh) || udh.length === 0) return Buffer.alloc(0);
  const elements = Buffer.concat(udh.filter((element): element is Buffer => Buffer.isBuffer(element)));
  return Buffer.concat([Buffer.from([elements.length]), elements]);
}

/** The inverse of the package's decoding for the data codings it decodes. */
function encodeAs(text: string, dataCoding: number): Buffer {
  switch (dataCoding & 0x0f) {
    case 0x03:
      return Buffer.from(text, "latin1");
    case 0x08:
      return Buffer.from(text, "utf16le").swap16();
    default: {
      // 0 and 1 (and the codings it has no decoder for, which keep their bytes and never get here).
      const septets = encodeGsm7(text);
      return septets ?? Buffer.from(text, "latin1");
    }
  }
}
