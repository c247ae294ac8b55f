import type { CountryCode } from "libphonenumber-js/min";
import {
  findCallingCode,
  findCallingCodeAtStart,
  planForCallingCode,
  planForCountry,
  type DiallingPlan,
} from "./dialling-plans";
import { NOT_VALID, type DialOutcome } from "./dial-outcome";

/**
 * `parsePhoneNumberFromString(dial, defaultCountry)?.isValid()` and `.number`, reproduced step
 * by step from libphonenumber-js's source (parse.js and the helpers it calls) but with
 * precompiled patterns, for a dial string that is only digits with an optional leading "+".
 * Each step names the libphonenumber function it mirrors; keep them in step when upgrading,
 * and let the differential test (normalize-phone.differential.test.ts) prove it.
 *
 * Returns `undefined` when a plan it needs could not be compiled: the caller then asks
 * libphonenumber itself.
 */
export function parseDialStringFast(dial: string, defaultCountry: CountryCode): DialOutcome | undefined {
  try {
    return parse(dial, defaultCountry);
  } catch (error) {
    if (error instanceof PlanUnavailable) return undefined;
    throw error;
  }
}

/** libphonenumber's constants.js and parse.js limits. */
const MAX_INPUT_LENGTH = 250;
const MIN_NATIONAL_LENGTH = 2;
const MAX_NATIONAL_LENGTH = 17;
const PLUS = 43;
const ZERO = 48;

class PlanUnavailable extends Error {}

function countryPlan(country: string): DiallingPlan {
  const plan = planForCountry(country);
  if (!plan) throw new PlanUnavailable(country);
  return plan;
}

function callingCodePlan(callingCode: string): DiallingPlan {
  const plan = planForCallingCode(callingCode);
  if (!plan) throw new PlanUnavailable(callingCode);
  return plan;
}

function parse(dial: string, defaultCountry: CountryCode): DialOutcome {
  const home = countryPlan(defaultCountry);
  const international = dial.charCodeAt(0) === PLUS;
  // parse.js extractFormattedPhoneNumber() and isViablePhoneNumber(): at most 250 characters,
  // at least three digits after a "+", two without.
  if (dial.length > MAX_INPUT_LENGTH || dial.length < (international ? 4 : 2)) return NOT_VALID;

  // extractCountryCallingCode()
  let callingCode: string;
  let rest: string;
  let country: string | undefined;
  let selected: DiallingPlan;
  if (international) {
    const split = splitCallingCode(dial.slice(1));
    if (!split) return NOT_VALID;
    [callingCode, rest] = split;
    selected = callingCodePlan(callingCode);
  } else {
    const afterIdd = stripInternationalPrefix(dial, home);
    if (afterIdd !== undefined) {
      const split = splitCallingCode(afterIdd);
      if (!split) return NOT_VALID;
      [callingCode, rest] = split;
      selected = callingCodePlan(callingCode);
    } else if (isInternationalWithoutPlus(dial, home)) {
      // Source FROM_NUMBER_WITHOUT_PLUS_SIGN: parse.js then selects the plan by calling code.
      callingCode = home.callingCode;
      rest = dial.slice(callingCode.length);
      selected = callingCodePlan(callingCode);
    } else {
      callingCode = home.callingCode;
      rest = dial;
      country = defaultCountry;
      selected = home;
    }
  }
  if (rest === "") return NOT_VALID;

  // parse.js parsePhoneNumber(): national number, then the exact country for shared calling codes.
  const nationalNumber = extractNationalNumber(rest, selected);
  const exactCountry = countryOfCallingCode(callingCode, nationalNumber);
  if (exactCountry) country = exactCountry;

  if (nationalNumber.length < MIN_NATIONAL_LENGTH || nationalNumber.length > MAX_NATIONAL_LENGTH)
    return NOT_VALID;

  // PhoneNumber.isValid() selects `country || countryCallingCode`.
  const validating = country ? countryPlan(country) : selected;
  return isValidNumber(nationalNumber, validating)
    ? { valid: true, e164: `+${callingCode}${nationalNumber}` }
    : NOT_VALID;
}

/** extractCountryCallingCode() for the digits after a "+" or an international prefix. */
function splitCallingCode(digits: string): [string, string] | undefined {
  const callingCode = findCallingCodeAtStart(digits)?.code;
  return callingCode ? [callingCode, digits.slice(callingCode.length)] : undefined;
}

/**
 * stripIddPrefix(): the digits after the default country's international prefix, unless nothing
 * or a 0 follows it (a calling code never starts with 0, so "00" + "0…" is a national number).
 */
function stripInternationalPrefix(dial: string, home: DiallingPlan): string | undefined {
  const match = home.internationalPrefix.exec(dial);
  if (!match) return undefined;
  const after = dial.slice(match[0].length);
  if (after === "" || after.charCodeAt(0) === ZERO || after === dial) return undefined;
  return after;
}

/**
 * extractCountryCallingCodeFromInternationalNumberWithoutPlusSign(): "4915112345678" with
 * default DE counts as international when only the shorter reading is a possible German
 * number, or the whole is too long.
 */
function isInternationalWithoutPlus(dial: string, home: DiallingPlan): boolean {
  if (!dial.startsWith(home.callingCode)) return false;
  const shorter = extractNationalNumber(dial.slice(home.callingCode.length), home);
  const whole = extractNationalNumber(dial, home);
  return (
    (!home.nationalNumber.test(whole) && home.nationalNumber.test(shorter)) ||
    checkNumberLength(whole, home) === "TOO_LONG"
  );
}

/**
 * extractNationalNumber(): strip the national prefix (and carrier code), but keep the digits
 * when stripping turns a matching number into a non-matching one, or leaves too few digits.
 */
function extractNationalNumber(number: string, plan: DiallingPlan): string {
  const stripped = stripNationalPrefix(number, plan);
  if (stripped === number) return number;
  if (plan.nationalNumber.test(number) && !plan.nationalNumber.test(stripped)) return number;
  if (plan.possibleLengths) {
    const country = countryOfCallingCode(plan.callingCode, stripped);
    const length = checkNumberLength(stripped, country ? countryPlan(country) : plan);
    if (length === "TOO_SHORT" || length === "INVALID_LENGTH") return number;
  }
  return stripped;
}

/** extractNationalNumberFromPossiblyIncompleteNumber(), without the parts parse() ignores. */
function stripNationalPrefix(number: string, plan: DiallingPlan): string {
  const pattern = plan.nationalPrefixForParsing;
  if (number === "" || !pattern) return number;
  const match = pattern.exec(number);
  if (!match) return number;
  // libphonenumber asks whether the *last* capturing group matched something.
  const lastGroup = match.length - 1;
  const capturedSomething = lastGroup > 0 && Boolean(match[lastGroup]);
  if (plan.nationalPrefixTransformRule && capturedSomething) {
    return number.replace(pattern, plan.nationalPrefixTransformRule);
  }
  return number.slice(match[0].length);
}

/**
 * getCountryByCallingCode() → getCountryByNationalNumber(): the only country of a code, or the
 * first sharing country whose leading digits (if it has them) or any number type matches.
 */
function countryOfCallingCode(callingCode: string, nationalNumber: string): string | undefined {
  const countries = findCallingCode(callingCode)?.countries;
  if (!countries) return undefined;
  if (countries.length === 1) return countries[0];
  for (const country of countries) {
    const plan = countryPlan(country);
    if (plan.leadingDigits) {
      if (nationalNumber !== "" && plan.leadingDigits.test(nationalNumber)) return country;
    } else if (hasNumberType(nationalNumber, plan)) {
      return country;
    }
  }
  return undefined;
}

/** isValidNumber(): with type patterns, the number must also be of some type. */
function isValidNumber(nationalNumber: string, plan: DiallingPlan): boolean {
  return plan.types ? hasNumberType(nationalNumber, plan) : plan.nationalNumber.test(nationalNumber);
}

/** getNumberType() !== undefined */
function hasNumberType(nationalNumber: string, plan: DiallingPlan): boolean {
  if (!plan.types || !plan.nationalNumber.test(nationalNumber)) return false;
  const length = nationalNumber.length;
  for (const type of plan.types) {
    const lengths = type.possibleLengths;
    if (lengths && !lengths.includes(length)) continue;
    if (type.pattern.test(nationalNumber)) return true;
  }
  return false;
}

type LengthVerdict = "IS_POSSIBLE" | "TOO_SHORT" | "TOO_LONG" | "INVALID_LENGTH";

/** checkNumberLength() for no particular type; it trusts the first and last entries to be min and max. */
function checkNumberLength(nationalNumber: string, plan: DiallingPlan): LengthVerdict {
  const lengths = plan.possibleLengths;
  if (!lengths) return "IS_POSSIBLE";
  const length = nationalNumber.length;
  // Like the JavaScript it mirrors, an empty list compares as undefined: neither too short nor too long.
  const shortest = lengths[0];
  const longest = lengths[lengths.length - 1];
  if (shortest === length) return "IS_POSSIBLE";
  if (shortest !== undefined && shortest > length) return "TOO_SHORT";
  if (longest !== undefined && longest < length) return "TOO_LONG";
  return lengths.indexOf(length, 1) >= 0 ? "IS_POSSIBLE" : "INVALID_LENGTH";
}
