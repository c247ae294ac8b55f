import { GSM7_WIDTH } from "./gsm7-alphabet";
import { LOOKALIKE_REPLACEMENTS } from "./lookalikes";
import { isSurrogatePairAt, measureText, type TextMeasure } from "./measure-text";

export interface NonGsmCharacter {
  /** The character as the reader sees it: a surrogate pair (emoji) is one entry. */
  char: string;
  /** Position in the text, in UTF-16 code units (what JavaScript string indexes use). */
  index: number;
  /** The GSM-7 stand-in `replaceLookalikes` would use ("" means it would be removed). */
  replacement?: string;
}

export interface TextAnalysis extends TextMeasure {
  /** Every character that forces UCS-2, in order; empty for GSM-7 text. */
  nonGsmCharacters: NonGsmCharacter[];
}

/**
 * The editor's counter: encoding, units used, segments, room left, and which
 * characters force UCS-2. See `measureText` for the counting rules (empty
 * text is one segment of 0 units).
 */
export function analyzeText(text: string): TextAnalysis {
  const analysis: TextAnalysis = {
    encoding: "GSM-7",
    units: 0,
    segments: 1,
    perSegment: 0,
    unitsLeftInSegment: 0,
    nonGsmCharacters: [],
  };
  measureText(text, analysis);
  if (analysis.encoding === "GSM-7") return analysis;

  for (let i = 0; i < text.length; i++) {
    if (GSM7_WIDTH[text.charCodeAt(i)] !== 0) continue;
    const char = isSurrogatePairAt(text, i) ? text.slice(i, i + 2) : text[i]!;
    const replacement = LOOKALIKE_REPLACEMENTS.get(char);
    analysis.nonGsmCharacters.push(
      replacement === undefined ? { char, index: i } : { char, index: i, replacement },
    );
    i += char.length - 1;
  }
  return analysis;
}
