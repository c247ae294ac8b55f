import type { CountryCode } from "libphonenumber-js/min";
import { ValidationError } from "@/lib/errors";
import { isSupportedCountry } from "./country-options";
import type { DialOutcome } from "./dial-outcome";
import { parseDialStringFast } from "./fast-path";
import type { PhoneResult } from "./phone-result";
import { readPhoneInput } from "./read-phone-input";
import { resolvePhoneInput } from "./resolve-phone-input";
import { parseDialStringSlowly } from "./slow-path";

export type { PhoneResult } from "./phone-result";

/**
 * A phone cell from a contact import as E.164, or the reason it cannot be one.
 * Forgiving about formatting (spaces, dashes, dots, slashes, parentheses, "+", "00", tel:,
 * quotes, spreadsheet notation with all digits intact); exact about validity, which is
 * libphonenumber-js's `isValid()` with its default metadata. Never guesses missing digits.
 */
export function normalizePhone(raw: string, defaultCountry: CountryCode): PhoneResult {
  if (!isSupportedCountry(defaultCountry)) {
    throw new ValidationError(
      `Phone numbers cannot be read for country "${defaultCountry}".`,
      "defaultCountry",
    );
  }
  const input = readPhoneInput(raw);
  if (!input.ok) return input;
  return resolvePhoneInput(input, defaultCountry, parseDialString);
}

function parseDialString(dial: string, defaultCountry: CountryCode): DialOutcome {
  return parseDialStringFast(dial, defaultCountry) ?? parseDialStringSlowly(dial, defaultCountry);
}
