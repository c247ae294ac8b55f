import {
  getCountries,
  getCountryCallingCode,
  isSupportedCountry as isKnownToLibphonenumber,
  type CountryCode,
} from "libphonenumber-js/min";

export interface CountryOption {
  code: CountryCode;
  name: string;
  callingCode: string;
}

const regionNames = new Intl.DisplayNames(["en"], { type: "region" });

/** English name of a country, e.g. "Germany" for DE; the code itself where ICU has no name. */
export function countryName(code: CountryCode): string {
  return regionNames.of(code) ?? code;
}

/** Whether a string is a country code libphonenumber can parse numbers for (a guard for form input). */
export function isSupportedCountry(code: string): code is CountryCode {
  return isKnownToLibphonenumber(code as CountryCode);
}

/** Every supported country for the default-country picker, sorted by English name. */
export const COUNTRY_OPTIONS: readonly CountryOption[] = getCountries()
  .map((code) => ({ code, name: countryName(code), callingCode: getCountryCallingCode(code) }))
  .sort((a, b) => a.name.localeCompare(b.name, "en"));
