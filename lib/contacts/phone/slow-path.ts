import { parsePhoneNumberFromString, type CountryCode } from "libphonenumber-js/min";
import { NOT_VALID, type DialOutcome } from "./dial-outcome";

let calls = 0;

/** The reference behaviour: libphonenumber-js with its default ("min") metadata. */
export function parseDialStringSlowly(dial: string, defaultCountry: CountryCode): DialOutcome {
  calls++;
  const phoneNumber = parsePhoneNumberFromString(dial, defaultCountry);
  return phoneNumber?.isValid() ? { valid: true, e164: phoneNumber.number } : NOT_VALID;
}

/** How often the slow path ran in this process; the benchmark reports it as a share of all numbers. */
export function slowPathCallCount(): number {
  return calls;
}
