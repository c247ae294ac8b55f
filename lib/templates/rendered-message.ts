import { measureText, type TextMeasure } from "./measure-text";
import type { SmsEncoding } from "./sms-limits";
import { splitMessage, type MessagePart } from "./split-message";

/**
 * One recipient's message: its text and what it costs. Measured on
 * construction (one pass over the text); the parts are only built when the
 * sender asks for them, since counting segments does not need them.
 */
export class RenderedMessage implements TextMeasure {
  encoding: SmsEncoding = "GSM-7";
  units = 0;
  segments = 1;
  perSegment = 0;
  unitsLeftInSegment = 0;

  constructor(
    readonly text: string,
    /** The template rendered to nothing but whitespace for this contact (before any opt-out text). */
    readonly isEmpty: boolean,
  ) {
    measureText(text, this);
  }

  /** The parts to submit, with the concatenation header for `reference` (0–255) when there is more than one. */
  split(reference: number): MessagePart[] {
    return splitMessage(this.text, { reference });
  }
}

/** True when the text has nothing but whitespace; usually decided by its first character. */
export function isBlankText(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    if (!isWhitespace(text.charCodeAt(i))) return false;
  }
  return true;
}

function isWhitespace(code: number): boolean {
  return (
    code <= 0x20 ||
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200b) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}
