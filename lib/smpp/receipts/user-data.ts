import { decodeGsm7 } from "./gsm7";

/** esm_class bit 6: short_message starts with a user data header. */
export const ESM_CLASS_UDHI = 0x40;

export const DATA_CODING_NAMES: Readonly<Record<number, string>> = {
  0x00: "SMSC default (GSM-7)",
  0x01: "IA5 (ASCII)",
  0x02: "8-bit binary",
  0x03: "Latin-1",
  0x04: "8-bit binary",
  0x05: "JIS",
  0x06: "Cyrillic",
  0x07: "Latin/Hebrew",
  0x08: "UCS-2",
  0x09: "pictogram",
  0x0a: "ISO-2022-JP",
  0x0d: "extended Kanji JIS",
  0x0e: "KS C 5601",
};

export function describeDataCoding(dataCoding: number): string {
  const hex = `0x${dataCoding.toString(16).padStart(2, "0")}`;
  const name = DATA_CODING_NAMES[dataCoding];
  return name ? `${hex} (${name})` : hex;
}

export interface ConcatenationPart {
  reference: number;
  total: number;
  /** 1-based. */
  index: number;
}

export type UserData =
  { ok: true; body: Buffer; part: ConcatenationPart | null } | { ok: false; problem: string };

/**
 * Splits short_message into its user data header (when UDHI is set) and the
 * text octets, and reads the concatenation element (8- or 16-bit reference)
 * if the header has one. The header is unpacked octets in SMPP, so there are
 * no fill bits to skip even for GSM-7.
 */
export function splitUserData(bytes: Buffer, esmClass: number): UserData {
  if ((esmClass & ESM_CLASS_UDHI) === 0) return { ok: true, body: bytes, part: null };
  if (bytes.length === 0)
    return { ok: false, problem: "esm_class says a user data header follows, but the message is empty" };
  const headerLength = bytes[0]!;
  if (1 + headerLength > bytes.length) {
    return {
      ok: false,
      problem: `the user data header claims ${headerLength} octets but the message has ${bytes.length - 1} after its length octet`,
    };
  }
  return {
    ok: true,
    body: bytes.subarray(1 + headerLength),
    part: concatenationOf(bytes.subarray(1, 1 + headerLength)),
  };
}

function concatenationOf(header: Buffer): ConcatenationPart | null {
  let offset = 0;
  while (offset + 2 <= header.length) {
    const iei = header[offset]!;
    const length = header[offset + 1]!;
    const data = offset + 2;
    if (data + length > header.length) return null;
    if (iei === 0x00 && length === 3) {
      return { reference: header[data]!, total: header[data + 1]!, index: header[data + 2]! };
    }
    if (iei === 0x08 && length === 4) {
      return { reference: header.readUInt16BE(data), total: header[data + 2]!, index: header[data + 3]! };
    }
    offset = data + length;
  }
  return null;
}

export type TextDecoding = { ok: true; text: string } | { ok: false; problem: string };

/**
 * Text octets to text by data_coding: 0 the GSM-7 default alphabet (unpacked
 * septets, extension table included), 1 IA5/ASCII, 3 Latin-1, 8 UCS-2
 * big-endian (UTF-16 surrogate pairs come through whole). Anything else is
 * refused with its name, since guessing would store garbage as a message.
 *
 * Octets above 0x7F cannot be GSM-7 septets; some carriers' "SMSC default"
 * is Latin-1, so such a message is read as Latin-1 rather than refused.
 */
export function decodeText(body: Buffer, dataCoding: number): TextDecoding {
  switch (dataCoding) {
    case 0x00: {
      const septets = decodeGsm7(body);
      return { ok: true, text: septets.ok ? septets.text : body.toString("latin1") };
    }
    case 0x01: {
      const high = body.findIndex((octet) => octet > 0x7f);
      if (high >= 0) {
        return {
          ok: false,
          problem: `octet 0x${body[high]!.toString(16)} at offset ${high} is not IA5 (ASCII), which data_coding 0x01 says the message is`,
        };
      }
      return { ok: true, text: body.toString("latin1") };
    }
    case 0x03:
      return { ok: true, text: body.toString("latin1") };
    case 0x08:
      if (body.length % 2 !== 0) {
        return {
          ok: false,
          problem: `a UCS-2 message has an even number of octets, this one ${body.length}`,
        };
      }
      return { ok: true, text: Buffer.from(body).swap16().toString("utf16le") };
    default:
      return {
        ok: false,
        problem: `data_coding ${describeDataCoding(dataCoding)} is not a text encoding this platform reads (0x00 GSM-7, 0x01 IA5, 0x03 Latin-1, 0x08 UCS-2)`,
      };
  }
}
