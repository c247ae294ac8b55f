export { normalizePhone, type PhoneResult } from "./normalize-phone";
export { COUNTRY_OPTIONS, countryName, isSupportedCountry, type CountryOption } from "./country-options";
export type { CountryCode } from "libphonenumber-js/min";
