import { readSpreadsheetNumber } from "./excel-number";
import type { PhoneRejection } from "./phone-result";
import {
  MISSING_PHONE,
  containsLetters,
  containsUnexpectedCharacters,
  hasExtension,
  notAWholeNumber,
  spreadsheetLostDigits,
  tooLong,
} from "./rejection-reasons";

/** A cell reduced to the digits to dial, before any country rules apply. */
export interface PhoneInput {
  ok: true;
  digits: string;
  /** Written with a leading "+" (or as spreadsheet scientific notation, which carries the country code). */
  international: boolean;
  /** A spreadsheet number ("4915112345678.0", "4.915112345678E+12"): a leading "+" or "0" cannot have survived. */
  fromNumberCell: boolean;
  /** The cell without surrounding whitespace and quotes, as quoted in rejection reasons. */
  text: string;
}

/** Longer cells are not phone numbers; capping them also bounds the work the patterns below can do. */
const LONGEST_CELL = 100;

/**
 * Reads a phone cell. Nearly every cell is digits with spaces, dashes, dots, slashes or
 * parentheses, which one pass over the character codes handles; anything else (quotes, tel:,
 * spreadsheet notation, unicode punctuation, letters) goes to `readPhoneInputThoroughly`,
 * which gives the same answer for the plain cells too.
 */
export function readPhoneInput(raw: string): PhoneInput | PhoneRejection {
  if (raw.length > LONGEST_CELL) return { ok: false, reason: tooLong(raw.trim()) };
  return readPlainPhoneInput(raw) ?? readPhoneInputThoroughly(raw);
}

const SPACE = 32;
const PLUS = 43;
const DOT = 46;
const ZERO = 48;
const NINE = 57;

function isPlainSeparator(code: number): boolean {
  // space ( ) - . /
  return code === SPACE || code === 40 || code === 41 || code === 45 || code === DOT || code === 47;
}

/** `undefined` when the cell needs the thorough reading. */
function readPlainPhoneInput(raw: string): PhoneInput | undefined {
  let start = 0;
  let end = raw.length;
  while (start < end && raw.charCodeAt(start) === SPACE) start++;
  while (end > start && raw.charCodeAt(end - 1) === SPACE) end--;
  let index = start;
  const international = index < end && raw.charCodeAt(index) === PLUS;
  if (international) index++;
  let digits = "";
  let runStart = index;
  // True while everything since the last separator, a dot, is zeros: Excel's "4915112345678.0".
  let zerosAfterDot = false;
  for (; index < end; index++) {
    const code = raw.charCodeAt(index);
    if (code >= ZERO && code <= NINE) {
      if (code !== ZERO) zerosAfterDot = false;
      continue;
    }
    if (!isPlainSeparator(code)) return undefined;
    if (index > runStart) digits += raw.slice(runStart, index);
    runStart = index + 1;
    zerosAfterDot = code === DOT;
  }
  if (end > runStart) digits += raw.slice(runStart, end);
  if (digits === "" || zerosAfterDot) return undefined;
  return { ok: true, digits, international, fromNumberCell: false, text: raw.slice(start, end) };
}

// Zero-width space, word joiner, soft hyphen, byte order mark: invisible, pasted along with numbers.
const INVISIBLE = "\\u200B\\u2060\\u00AD\\uFEFF";
const QUOTES = "\"'`\\u201C\\u201D\\u201E\\u201F\\u2018\\u2019\\u201A\\u201B\\u00AB\\u00BB\\u2039\\u203A";
const EDGES = new RegExp(`^[\\s${INVISIBLE}${QUOTES}]+|[\\s${INVISIBLE}${QUOTES}]+$`, "g");
// ="0151 1234567" is how spreadsheets are told to keep a leading zero.
const FORMULA_TEXT = /^\s*=\s*"(.*)"\s*$/s;
const TEL_PREFIX = /^tel:/i;
// After NFKC (which turns full-width forms into ASCII): the punctuation libphonenumber accepts, plus all whitespace.
const SEPARATORS = `\\s${INVISIBLE}\\-\\u2010-\\u2015\\u2212\\u30FC./()\\[\\]~\\u2053\\u223C`;
const PHONE_CHARACTERS = new RegExp(`^\\+?[\\d${SEPARATORS}]*$`);
const EXTENSION = /(?:[,;]\s*)?(?:ext(?:ension|n)?\.?|x\.?|#)\s*[:=]?\s*\d{1,10}\s*#?$/i;
const LETTER = /\p{L}/u;
const DIGIT = /\d/;
const NON_DIGITS = /\D/g;
// Arabic-Indic and Eastern Arabic-Indic digits, which libphonenumber accepts as well.
const ARABIC_DIGITS = /[\u0660-\u0669\u06F0-\u06F9]/g;

/** The complete reading of a cell; the plain-cell pass above must agree with it. */
export function readPhoneInputThoroughly(raw: string): PhoneInput | PhoneRejection {
  if (raw.length > LONGEST_CELL) return { ok: false, reason: tooLong(raw.trim()) };
  const text = (FORMULA_TEXT.exec(raw)?.[1] ?? raw).replace(EDGES, "");
  const body = text
    .replace(TEL_PREFIX, "")
    .replace(EDGES, "")
    .normalize("NFKC")
    .replace(ARABIC_DIGITS, westernDigit);
  if (body === "") return { ok: false, reason: MISSING_PHONE };

  const spreadsheet = readSpreadsheetNumber(body);
  if (spreadsheet?.kind === "digits") {
    return {
      ok: true,
      digits: spreadsheet.digits,
      international: spreadsheet.international,
      fromNumberCell: true,
      text,
    };
  }
  if (spreadsheet?.kind === "lost-digits") return { ok: false, reason: spreadsheetLostDigits(text) };
  if (spreadsheet?.kind === "not-whole") return { ok: false, reason: notAWholeNumber(text) };

  const extension = EXTENSION.exec(body);
  if (extension && isPhoneNumberPart(body.slice(0, extension.index))) {
    return { ok: false, reason: hasExtension(text) };
  }
  if (LETTER.test(body)) return { ok: false, reason: containsLetters(text) };
  if (!PHONE_CHARACTERS.test(body)) return { ok: false, reason: containsUnexpectedCharacters(text) };

  const digits = body.replace(NON_DIGITS, "");
  if (digits === "") return { ok: false, reason: MISSING_PHONE };
  return { ok: true, digits, international: body.startsWith("+"), fromNumberCell: false, text };
}

function isPhoneNumberPart(text: string): boolean {
  return DIGIT.test(text) && !LETTER.test(text);
}

function westernDigit(digit: string): string {
  const code = digit.charCodeAt(0);
  return String(code - (code >= 0x06f0 ? 0x06f0 : 0x0660));
}
