import { GSM7_WIDTH } from "./gsm7-alphabet";
import {
  GSM7_PART_SEPTETS,
  GSM7_SINGLE_SEPTETS,
  UCS2_PART_UNITS,
  UCS2_SINGLE_UNITS,
  type SmsEncoding,
} from "./sms-limits";

/** What a message costs: filled in place so the render loop allocates nothing extra. */
export interface TextMeasure {
  encoding: SmsEncoding;
  /** Septets for GSM-7 (extension characters count two), UTF-16 code units for UCS-2. */
  units: number;
  segments: number;
  /** 160/153 (GSM-7) or 70/67 (UCS-2): the capacity of each segment of this message. */
  perSegment: number;
  /** Room left in the last segment before the message needs another one. */
  unitsLeftInSegment: number;
}

/**
 * Measures `text` into `target`. This is the hot path of every render, so it
 * is one pass over char codes with a table lookup; the greedy part packing
 * (which decides where an escape pair or a surrogate pair would straddle a
 * part boundary) only runs for long messages that contain such pairs.
 *
 * An empty text measures as one GSM-7 segment of 0 septets: that is what an
 * SMSC would send. Validation rejects empty templates separately.
 */
export function measureText(text: string, target: TextMeasure): void {
  const length = text.length;
  let septets = 0;
  // OR of all widths: bit 2 set means an extension character was seen.
  let widths = 0;
  let i = 0;
  for (; i < length; i++) {
    const width = GSM7_WIDTH[text.charCodeAt(i)]!;
    if (width === 0) break;
    septets += width;
    widths |= width;
  }

  if (i === length) {
    target.encoding = "GSM-7";
    target.units = septets;
    if (septets <= GSM7_SINGLE_SEPTETS) {
      setSingle(target, septets, GSM7_SINGLE_SEPTETS);
    } else if ((widths & 2) === 0) {
      setEvenParts(target, septets, GSM7_PART_SEPTETS);
    } else {
      packGsm7Parts(text, target);
    }
    return;
  }

  target.encoding = "UCS-2";
  target.units = length;
  if (length <= UCS2_SINGLE_UNITS) {
    setSingle(target, length, UCS2_SINGLE_UNITS);
  } else {
    packUcs2Parts(text, target);
  }
}

function setSingle(target: TextMeasure, units: number, capacity: number): void {
  target.segments = 1;
  target.perSegment = capacity;
  target.unitsLeftInSegment = capacity - units;
}

/** Parts filled to capacity: nothing in the text can straddle a boundary. */
function setEvenParts(target: TextMeasure, units: number, capacity: number): void {
  const segments = Math.ceil(units / capacity);
  target.segments = segments;
  target.perSegment = capacity;
  target.unitsLeftInSegment = segments * capacity - units;
}

/** An escape and its character travel in the same part, so a part may carry 152 septets. */
function packGsm7Parts(text: string, target: TextMeasure): void {
  let parts = 1;
  let used = 0;
  for (let i = 0; i < text.length; i++) {
    const width = GSM7_WIDTH[text.charCodeAt(i)]!;
    if (used + width > GSM7_PART_SEPTETS) {
      parts++;
      used = width;
    } else {
      used += width;
    }
  }
  target.segments = parts;
  target.perSegment = GSM7_PART_SEPTETS;
  target.unitsLeftInSegment = GSM7_PART_SEPTETS - used;
}

/**
 * A surrogate pair (an emoji, say) travels in one part, so a part may carry
 * 66 units: handsets that decode each part on its own would otherwise show
 * two broken halves.
 */
function packUcs2Parts(text: string, target: TextMeasure): void {
  let parts = 1;
  let used = 0;
  const length = text.length;
  for (let i = 0; i < length; i++) {
    const width = isSurrogatePairAt(text, i) ? 2 : 1;
    if (used + width > UCS2_PART_UNITS) {
      parts++;
      used = width;
    } else {
      used += width;
    }
    i += width - 1;
  }
  target.segments = parts;
  target.perSegment = UCS2_PART_UNITS;
  target.unitsLeftInSegment = UCS2_PART_UNITS - used;
}

/** True when a high surrogate at `index` is followed by a low surrogate (a lone one counts as one unit). */
export function isSurrogatePairAt(text: string, index: number): boolean {
  const high = text.charCodeAt(index);
  if (high < 0xd800 || high > 0xdbff || index + 1 >= text.length) return false;
  const low = text.charCodeAt(index + 1);
  return low >= 0xdc00 && low <= 0xdfff;
}
