import {
  getCountries,
  getCountryCallingCode,
  parsePhoneNumberFromString,
  type CountryCode,
} from "libphonenumber-js/min";
import examples from "libphonenumber-js/mobile/examples";
import metadataJson from "libphonenumber-js/min/metadata";
import { seededRandom, type SeededRandom } from "./seeded-random";

/**
 * Cells for the differential test: numbers of many countries, valid and not, written in the
 * ways contact lists write them, with formatting noise and the damage spreadsheets do.
 */
export interface GeneratedCell {
  raw: string;
  country: CountryCode;
}

/** The countries the import must get right, several of them sharing a calling code (+1, +7, +44, +39). */
export const FOCUS_COUNTRIES: readonly CountryCode[] = [
  "US",
  "CA",
  "PR",
  "JM",
  "GB",
  "GG",
  "IM",
  "JE",
  "DE",
  "FR",
  "IT",
  "VA",
  "ES",
  "NL",
  "IN",
  "BR",
  "RU",
  "KZ",
  "CN",
  "JP",
  "AU",
  "NG",
  "ZA",
  "MX",
  "AE",
  "AR",
  "AT",
  "CH",
  "PL",
  "TR",
  "SE",
  "BE",
  "PT",
  "KR",
  "ID",
  "IL",
  "EG",
  "SA",
  "PH",
  "VN",
  "NZ",
  "SG",
  "HK",
  "IE",
  "CO",
  "UA",
];

const ALL_COUNTRIES = getCountries();

export function generateCells(count: number, seed: number): GeneratedCell[] {
  const random = seededRandom(seed);
  return Array.from({ length: count }, () => generateCell(random));
}

function generateCell(random: SeededRandom): GeneratedCell {
  const numberCountry = random.next() < 0.8 ? random.pick(FOCUS_COUNTRIES) : random.pick(ALL_COUNTRIES);
  const country = random.next() < 0.7 ? numberCountry : random.pick(FOCUS_COUNTRIES);
  const special = random.next();
  if (special < 0.06) return { raw: oddCell(random, numberCountry), country };
  const written = writeNumber(
    random,
    numberCountry,
    nationalSignificantNumber(random, numberCountry),
    country,
  );
  return { raw: addNoise(random, written), country };
}

/** An example mobile number with its tail replaced, sometimes a digit or more too short or long. */
function nationalSignificantNumber(random: SeededRandom, country: CountryCode): string {
  const example = examples[country] ?? random.digits(9);
  const keep = random.below(Math.min(4, example.length) + 1);
  let digits = example.slice(0, keep) + random.digits(example.length - keep);
  const roll = random.next();
  if (roll < 0.1) digits = digits.slice(0, -1);
  else if (roll < 0.2) digits += random.digits(1);
  else if (roll < 0.24) digits = digits.slice(0, random.below(digits.length));
  else if (roll < 0.27) digits += random.digits(1 + random.below(8));
  return digits;
}

function writeNumber(
  random: SeededRandom,
  country: CountryCode,
  nsn: string,
  defaultCountry: CountryCode,
): string {
  const callingCode = getCountryCallingCode(country);
  const plan = metadataJson.countries[country];
  const nationalPrefix: unknown = plan?.[5];
  const prefix = typeof nationalPrefix === "string" ? nationalPrefix : "";
  switch (random.below(9)) {
    case 0:
    case 1:
      return `+${callingCode} ${group(random, nsn)}`;
    case 2:
      return `00${callingCode} ${group(random, nsn)}`;
    case 3:
      return prefix ? `+${callingCode} (${prefix}) ${group(random, nsn)}` : `+${callingCode}${nsn}`;
    case 4:
    case 5: {
      // The national format libphonenumber itself writes, when the number is valid.
      const parsed = parsePhoneNumberFromString(`+${callingCode}${nsn}`);
      return parsed?.isValid() ? parsed.formatNational() : `${prefix}${group(random, nsn)}`;
    }
    case 6:
      return `${callingCode}${nsn}`;
    case 7:
      return group(random, nsn);
    default: {
      // The default country's own international prefix, e.g. 011 from the US.
      const idd: unknown = metadataJson.countries[defaultCountry]?.[1];
      const written = typeof idd === "string" && /^\d+$/.test(idd) ? idd : "00";
      return `${written} ${callingCode} ${group(random, nsn)}`;
    }
  }
}

const SEPARATORS = [" ", " ", "-", ".", "/", " - ", "", "\u00A0", "\u2013", "\u2011", "\u202F"];

function group(random: SeededRandom, digits: string): string {
  const separator = random.pick(SEPARATORS);
  const groups: string[] = [];
  for (let at = 0; at < digits.length;) {
    const size = 2 + random.below(3);
    groups.push(digits.slice(at, at + size));
    at += size;
  }
  if (groups.length > 1 && random.next() < 0.15) groups[0] = `(${groups[0]})`;
  return groups.join(separator);
}

function addNoise(random: SeededRandom, written: string): string {
  const roll = random.next();
  if (roll < 0.04) return `tel:${written.replace(/\s/g, "-")}`;
  if (roll < 0.08) return `"${written}"`;
  if (roll < 0.12) return `  ${written}\u00A0`;
  if (roll < 0.14) return `="${written}"`;
  if (roll < 0.16) return written.replace(/\d/g, (digit) => String.fromCharCode(0xff10 + Number(digit)));
  if (roll < 0.17) return `'${written}`;
  return written;
}

/** Cells that exercise rejections and spreadsheet damage. */
function oddCell(random: SeededRandom, country: CountryCode): string {
  const international = getCountryCallingCode(country) + nationalSignificantNumber(random, country);
  const mantissa = `${international[0]}.${international.slice(1)}`;
  const exponent = international.length - 1;
  switch (random.below(10)) {
    case 0:
      return `${mantissa}E+${exponent}`;
    case 1:
      return `${mantissa.slice(0, 2 + random.below(mantissa.length - 2))}E+${exponent}`.replace(
        ".",
        random.pick([".", ","]),
      );
    case 2:
      return `${international}.0`;
    case 3:
      return `+${international} ${random.pick(["x", "ext. ", "#", ";ext="])}${random.digits(1 + random.below(4))}`;
    case 4:
      return `${international.slice(0, 4)} ${random.pick(["CALL", "abc", "n/a", "Mobil"])}`;
    case 5:
      return random.pick(["", " ", "-", "+", '""', "tel:", "n/a"]);
    case 6:
      return `+${random.digits(1 + random.below(16))}`;
    case 7:
      return random.digits(1 + random.below(18));
    case 8:
      return `${international.slice(0, 5)}${random.pick(["*", ",", ";", "_", "+", "#", "?"])}${international.slice(5)}`;
    default:
      return `00${random.digits(1 + random.below(16))}`;
  }
}
