/**
 * The reasons shown to users in the rejected-rows CSV, worded for marketers: what is wrong
 * and, where there is one, what to do about it. Each quotes the cell as it was read.
 */

const LONGEST_QUOTE = 40;

function quote(text: string): string {
  const shown = text.length > LONGEST_QUOTE ? `${text.slice(0, LONGEST_QUOTE - 1)}…` : text;
  return `("${shown}")`;
}

export const MISSING_PHONE = "Missing phone number";

export function containsLetters(text: string): string {
  return `Phone number contains letters ${quote(text)}`;
}

export function containsUnexpectedCharacters(text: string): string {
  return `Phone number contains characters that do not belong in a phone number ${quote(text)}`;
}

export function hasExtension(text: string): string {
  return `Phone number has an extension ${quote(text)}; text messages cannot reach an extension`;
}

export function spreadsheetLostDigits(text: string): string {
  return `Number looks converted by a spreadsheet and lost digits ${quote(text)}; format the column as text and export again`;
}

export function notAWholeNumber(text: string): string {
  return `Number looks converted by a spreadsheet and is not a whole number ${quote(text)}`;
}

/** `digits` are those after the "+" or "00"; the reason shows up to three of them. */
export function unknownCountryCode(digits: string): string {
  return `Unknown country code (+${digits.slice(0, 3)}…)`;
}

export function notValidForCountry(countryName: string, text: string): string {
  return `Not a valid number for ${countryName} ${quote(text)}`;
}

export function notValid(text: string): string {
  return `Not a valid phone number ${quote(text)}`;
}

export function tooLong(text: string): string {
  return `Too long for a phone number ${quote(text)}`;
}
