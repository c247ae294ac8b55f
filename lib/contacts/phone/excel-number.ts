/**
 * Phone numbers that went through a spreadsheet as numbers. Excel shows a long number in
 * scientific notation ("4.91511E+12") and, when the column is exported like that, the digits
 * beyond the mantissa are gone for good; a General-format cell may also gain a ".0".
 */
export type SpreadsheetNumber =
  /**
   * All digits survived, but no leading "+" or "0" can have. Scientific notation is only used for
   * twelve digits and more, so its digits include the country code (`international`).
   */
  | { kind: "digits"; digits: string; international: boolean }
  /** The mantissa is shorter than the number it stands for: digits were replaced by zeros. */
  | { kind: "lost-digits" }
  /** A fraction or zero, which no phone number is. */
  | { kind: "not-whole" };

// Decimal comma too: spreadsheets in German, French, … locales export "4,91511E+12".
const SCIENTIFIC = /^(\d+)(?:[.,](\d+))?[eE]\+?(\d{1,3})$/;
const WHOLE_WITH_ZERO_FRACTION = /^(\d+)[.,]0+$/;

/** `undefined` when the text is not a spreadsheet-formatted number. */
export function readSpreadsheetNumber(text: string): SpreadsheetNumber | undefined {
  const scientific = SCIENTIFIC.exec(text);
  if (scientific) return expandScientific(scientific[1] ?? "", scientific[2] ?? "", Number(scientific[3]));
  const whole = WHOLE_WITH_ZERO_FRACTION.exec(text);
  // Could be 4915112345678 or 2125550123: whether the digits carry a country code depends on the country.
  if (whole) return { kind: "digits", digits: whole[1] ?? "", international: false };
  return undefined;
}

function expandScientific(integer: string, fraction: string, exponent: number): SpreadsheetNumber {
  let digits: string;
  if (exponent < fraction.length) {
    if (/[1-9]/.test(fraction.slice(exponent))) return { kind: "not-whole" };
    digits = integer + fraction.slice(0, exponent);
  } else {
    // Zeros we would have to append are digits the spreadsheet dropped: we cannot know they were zeros.
    if (exponent > fraction.length) return { kind: "lost-digits" };
    digits = integer + fraction;
  }
  digits = digits.replace(/^0+/, "");
  return digits === "" ? { kind: "not-whole" } : { kind: "digits", digits, international: true };
}
