import { encodeGsm7, encodeUcs2 } from "./encode-gsm7";
import { GSM7_WIDTH } from "./gsm7-alphabet";
import { isSurrogatePairAt, measureText, type TextMeasure } from "./measure-text";
import {
  DATA_CODING,
  GSM7_PART_SEPTETS,
  MAX_PARTS,
  UCS2_PART_UNITS,
  type DataCoding,
  type SmsEncoding,
} from "./sms-limits";

export interface MessagePart {
  /** 1-based, as in the UDH. */
  index: number;
  total: number;
  text: string;
  encoding: SmsEncoding;
  /** SMPP data_coding for this part: 0 (GSM-7) or 8 (UCS-2). */
  dataCoding: DataCoding;
  /**
   * The short_message payload without the header: unpacked GSM-7 septets
   * (one per octet, 0x1B escapes included) or UCS-2 big-endian.
   */
  bytes: Buffer;
  /**
   * The concatenation header `05 00 03 <reference> <total> <index>` for a
   * multipart message, null for a single one. With the smpp package, pass
   * `short_message: { udh, message: bytes }`: it prepends the header and
   * sets the UDHI bit of esm_class.
   */
  udh: Buffer | null;
}

export interface SplitMessageOptions {
  /** The 8-bit concatenation reference (0–255) shared by all parts of this message. */
  reference: number;
}

/**
 * Splits a message into the parts an SMSC will deliver, never cutting an
 * escape pair (GSM-7) or a surrogate pair (UCS-2) in two. Segments match
 * `analyzeText`. An empty text is one empty part.
 */
export function splitMessage(text: string, options: SplitMessageOptions): MessagePart[] {
  const { reference } = options;
  if (!Number.isInteger(reference) || reference < 0 || reference > 255) {
    throw new RangeError(`The concatenation reference must be an integer from 0 to 255, got ${reference}.`);
  }
  const measure: TextMeasure = {
    encoding: "GSM-7",
    units: 0,
    segments: 1,
    perSegment: 0,
    unitsLeftInSegment: 0,
  };
  measureText(text, measure);
  if (measure.segments > MAX_PARTS) {
    throw new RangeError(
      `The message needs ${measure.segments} parts; at most ${MAX_PARTS} can be concatenated.`,
    );
  }

  const { encoding } = measure;
  const texts = measure.segments === 1 ? [text] : cutIntoParts(text, encoding);
  const total = texts.length;
  return texts.map((partText, i) => ({
    index: i + 1,
    total,
    text: partText,
    encoding,
    dataCoding: DATA_CODING[encoding],
    bytes: encoding === "GSM-7" ? encodeGsm7(partText) : encodeUcs2(partText),
    udh: total === 1 ? null : Buffer.from([0x05, 0x00, 0x03, reference, total, i + 1]),
  }));
}

/** The same greedy packing `measureText` counts with, this time keeping the cut points. */
function cutIntoParts(text: string, encoding: SmsEncoding): string[] {
  const capacity = encoding === "GSM-7" ? GSM7_PART_SEPTETS : UCS2_PART_UNITS;
  const parts: string[] = [];
  let start = 0;
  let used = 0;
  for (let i = 0; i < text.length;) {
    const width = encoding === "GSM-7" ? GSM7_WIDTH[text.charCodeAt(i)]! : isSurrogatePairAt(text, i) ? 2 : 1;
    // A GSM-7 extension character is one code unit worth two septets; a surrogate pair is two code units.
    const codeUnits = encoding === "GSM-7" ? 1 : width;
    if (used + width > capacity) {
      parts.push(text.slice(start, i));
      start = i;
      used = 0;
    }
    used += width;
    i += codeUnits;
  }
  parts.push(text.slice(start));
  return parts;
}
