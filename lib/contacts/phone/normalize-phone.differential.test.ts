import { isDeepStrictEqual } from "node:util";
import { getCountries, parsePhoneNumberFromString, type CountryCode } from "libphonenumber-js/min";
import { describe, expect, it } from "vitest";
import { FOCUS_COUNTRIES, generateCells } from "./differential-cells";
import type { DialOutcome } from "./dial-outcome";
import { parseDialStringFast } from "./fast-path";
import { normalizePhone } from "./normalize-phone";
import type { PhoneResult } from "./phone-result";
import { readPhoneInputThoroughly } from "./read-phone-input";
import { resolvePhoneInput } from "./resolve-phone-input";
import { seededRandom } from "./seeded-random";
import { slowPathCallCount } from "./slow-path";

/** What the fast path must equal: libphonenumber-js itself, with its default metadata. */
function parseWithLibphonenumber(dial: string, defaultCountry: CountryCode): DialOutcome {
  const phoneNumber = parsePhoneNumberFromString(dial, defaultCountry);
  return phoneNumber?.isValid() ? { valid: true, e164: phoneNumber.number } : { valid: false };
}

/**
 * normalizePhone without any of its speed-ups: the regular-expression reading of the cell
 * (instead of the character loop) and libphonenumber (instead of the precompiled fast path).
 * The import's own rules on top ("00" anywhere, the reasons) are shared and tested exactly
 * in normalize-phone.test.ts.
 */
function referenceNormalizePhone(raw: string, defaultCountry: CountryCode): PhoneResult {
  const input = readPhoneInputThoroughly(raw);
  if (!input.ok) return input;
  return resolvePhoneInput(input, defaultCountry, parseWithLibphonenumber);
}

interface Mismatch {
  raw: string;
  country: string;
  actual: unknown;
  expected: unknown;
}

// Seconds of libphonenumber calls: well above vitest's 5 s default when files run side by side.
const SLOW = { timeout: 60_000 };

describe("normalizePhone against libphonenumber", () => {
  it("gives the same result as the reference for 60,000 generated cells", SLOW, () => {
    const cells = generateCells(60_000, 1);
    const slowCallsBefore = slowPathCallCount();
    const mismatches: Mismatch[] = [];
    const validByCountry = new Map<string, number>();
    let valid = 0;
    for (const { raw, country } of cells) {
      const actual = normalizePhone(raw, country);
      const expected = referenceNormalizePhone(raw, country);
      if (!isDeepStrictEqual(actual, expected)) mismatches.push({ raw, country, actual, expected });
      if (actual.ok) {
        valid++;
        validByCountry.set(country, (validByCountry.get(country) ?? 0) + 1);
      }
    }

    expect(mismatches.slice(0, 10)).toEqual([]);
    expect(mismatches).toHaveLength(0);
    // Without the fallback, or the comparison would be libphonenumber against itself.
    expect(slowPathCallCount() - slowCallsBefore).toBe(0);
    // The sample is a mix, not all one outcome, and reaches every focus country.
    expect(valid / cells.length).toBeGreaterThan(0.35);
    expect(valid / cells.length).toBeLessThan(0.75);
    for (const country of FOCUS_COUNTRIES) expect(validByCountry.get(country) ?? 0).toBeGreaterThan(100);
  });

  it("parses 100,000 bare dial strings of all countries exactly like libphonenumber", SLOW, () => {
    const random = seededRandom(2);
    const countries = getCountries();
    const mismatches: Mismatch[] = [];
    for (let index = 0; index < 100_000; index++) {
      const country = random.pick(countries);
      const digits = random.digits(2 + random.below(14));
      const dial = random.pick(["+", "", "0", "00", "8", "1"]) + digits;
      const actual = parseDialStringFast(dial, country);
      const expected = parseWithLibphonenumber(dial, country);
      if (!isDeepStrictEqual(actual, expected)) mismatches.push({ raw: dial, country, actual, expected });
    }
    expect(mismatches.slice(0, 10)).toEqual([]);
  });
});
