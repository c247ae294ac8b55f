import { GSM7_ESCAPE, GSM7_SEPTET, GSM7_WIDTH } from "./gsm7-alphabet";

/**
 * GSM-7 text as unpacked septets, one per octet, with 0x1B before each
 * extension-table character. This is what SMSCs expect in short_message
 * with data_coding 0; packing 8 septets into 7 octets happens on the radio
 * side, not in SMPP.
 *
 * Throws on a character outside GSM-7: callers decide the encoding first
 * (`analyzeText`), so reaching one here is a programming error.
 */
export function encodeGsm7(text: string): Buffer {
  let size = 0;
  for (let i = 0; i < text.length; i++) {
    const width = GSM7_WIDTH[text.charCodeAt(i)]!;
    if (width === 0) {
      throw new RangeError(`“${text[i]}” at index ${i} cannot be encoded in GSM-7.`);
    }
    size += width;
  }
  const bytes = Buffer.allocUnsafe(size);
  let offset = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (GSM7_WIDTH[code] === 2) bytes[offset++] = GSM7_ESCAPE;
    bytes[offset++] = GSM7_SEPTET[code]!;
  }
  return bytes;
}

/** UTF-16 big-endian, as SMPP data_coding 8 (UCS-2) carries it; surrogate pairs pass through as two units. */
export function encodeUcs2(text: string): Buffer {
  return Buffer.from(text, "utf16le").swap16();
}
