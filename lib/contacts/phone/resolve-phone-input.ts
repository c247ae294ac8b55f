import { getCountryCallingCode, type CountryCode } from "libphonenumber-js/min";
import { countryName } from "./country-options";
import { findCallingCodeAtStart } from "./dialling-plans";
import type { DialOutcome } from "./dial-outcome";
import type { PhoneResult } from "./phone-result";
import type { PhoneInput } from "./read-phone-input";
import { notValid, notValidForCountry, unknownCountryCode } from "./rejection-reasons";

export type ParseDialString = (dial: string, defaultCountry: CountryCode) => DialOutcome;

/**
 * Turns read digits into an E.164 number with the given parser (fast path or libphonenumber),
 * adding the rules libphonenumber lacks: "00" as the international prefix in any country, and
 * reasons a marketer can act on.
 */
export function resolvePhoneInput(
  input: PhoneInput,
  defaultCountry: CountryCode,
  parseDialString: ParseDialString,
): PhoneResult {
  const { digits } = input;
  const international = input.international || hasLostItsPlus(input, defaultCountry);
  let outcome = parseDialString(international ? `+${digits}` : digits, defaultCountry);
  // libphonenumber reads "00" as the international prefix only where it is the country's own
  // (not in the US, Japan, Australia, …). Retrying only after a failure keeps the numbers that
  // are valid national ones there, such as Japan's 0036… ones.
  if (!outcome.valid && !international && startsWithDoubleZeroPrefix(digits)) {
    outcome = parseDialString(`+${digits.slice(2)}`, defaultCountry);
  }
  if (outcome.valid) return { ok: true, e164: outcome.e164 };
  return { ok: false, reason: describeInvalidNumber(input, international, defaultCountry) };
}

/**
 * A spreadsheet number that starts with the default country's calling code is that country's
 * number in international form: "4915112345678.0" in a German list. libphonenumber alone would
 * read it as a national number with the area code 04915; and "2125550123.0" in a US list must
 * stay national, not become Morocco (+212).
 */
function hasLostItsPlus(input: PhoneInput, defaultCountry: CountryCode): boolean {
  return input.fromNumberCell && input.digits.startsWith(getCountryCallingCode(defaultCountry));
}

/** "00" followed by a calling code; calling codes never start with 0 (India's 000800… is national). */
function startsWithDoubleZeroPrefix(digits: string): boolean {
  return digits.length > 2 && digits.startsWith("00") && digits[2] !== "0";
}

/** Names the country the number was checked against when there is exactly one. */
function describeInvalidNumber(
  input: PhoneInput,
  international: boolean,
  defaultCountry: CountryCode,
): string {
  const afterPrefix = international
    ? input.digits
    : startsWithDoubleZeroPrefix(input.digits)
      ? input.digits.slice(2)
      : undefined;
  if (afterPrefix === undefined) return notValidForCountry(countryName(defaultCountry), input.text);
  const callingCode = findCallingCodeAtStart(afterPrefix);
  if (!callingCode) return unknownCountryCode(afterPrefix);
  const countries = callingCode.countries;
  return countries?.length === 1 && countries[0]
    ? notValidForCountry(countryName(countries[0]), input.text)
    : notValid(input.text);
}
