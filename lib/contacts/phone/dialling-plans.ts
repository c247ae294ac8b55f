import { Metadata } from "libphonenumber-js/core";
import type { CountryCode } from "libphonenumber-js/min";
import metadataJson from "libphonenumber-js/min/metadata";

/**
 * libphonenumber-js's numbering plans, read through its own `Metadata` class (so field
 * meanings and fallbacks stay the library's) and turned into ready RegExps once per plan.
 * The fast path runs these; libphonenumber itself builds `new RegExp(...)` on every call,
 * which is most of why it manages only ~40,000 parses a second.
 */

/** The ten number types `getNumberType()` tries; validity only asks whether any of them matches. */
const NUMBER_TYPES = [
  "FIXED_LINE",
  "MOBILE",
  "TOLL_FREE",
  "PREMIUM_RATE",
  "PERSONAL_NUMBER",
  "VOICEMAIL",
  "UAN",
  "PAGER",
  "VOIP",
  "SHARED_COST",
] as const;

type NumberTypeName = (typeof NUMBER_TYPES)[number];

/** Compressed metadata stores absent fields as `0`. */
type Absent = 0 | undefined;

/**
 * The methods of libphonenumber-js's `NumberingPlan` (source/metadata.js) that parsing reads.
 * The package's .d.ts declares only four of them, so they are described here.
 */
interface NumberingPlanMethods {
  callingCode(): string;
  IDDPrefix(): string;
  nationalNumberPattern(): string;
  possibleLengths(): number[] | Absent;
  nationalPrefixForParsing(): string | Absent;
  nationalPrefixTransformRule(): string | Absent;
  leadingDigits(): string | Absent;
  hasTypes(): boolean;
  type(name: NumberTypeName): { pattern(): string; possibleLengths(): number[] | Absent } | undefined;
}

/** The methods of libphonenumber-js's `Metadata` that parsing uses, undeclared in its .d.ts as well. */
interface MetadataMethods {
  hasCountry(country: string): boolean;
  hasCallingCode(callingCode: string): boolean | undefined;
  getCountryCodesForCallingCode(callingCode: string): CountryCode[] | undefined;
  selectNumberingPlan(countryOrCallingCode: string): MetadataMethods;
  numberingPlan: NumberingPlanMethods | undefined;
}

export interface NumberTypeRule {
  pattern: RegExp;
  possibleLengths: readonly number[] | undefined;
}

export interface DiallingPlan {
  callingCode: string;
  /** Anchored at the start: libphonenumber accepts an IDD prefix only where `search()` finds it at 0. */
  internationalPrefix: RegExp;
  /** Anchored at both ends, as `matchesEntirely()` does. */
  nationalNumber: RegExp;
  possibleLengths: readonly number[] | undefined;
  /** Anchored at the start and not global: `exec` and `replace` must act on the first match only. */
  nationalPrefixForParsing: RegExp | undefined;
  nationalPrefixTransformRule: string | undefined;
  /** Anchored at the start: libphonenumber tests `search(leadingDigits) === 0`. */
  leadingDigits: RegExp | undefined;
  /** `undefined` when the plan has no type patterns (then validity is the national number pattern alone). */
  types: readonly NumberTypeRule[] | undefined;
}

export interface CallingCode {
  code: string;
  /** Countries sharing the code, main one first; `undefined` for non-geographic codes such as +800. */
  countries: readonly CountryCode[] | undefined;
}

// libphonenumber-js ships the .d.ts declarations above only partially; the runtime class has them all.
const metadata = new Metadata(metadataJson) as unknown as MetadataMethods;

/** Metadata format this module was written against; another version sends every number to libphonenumber. */
const SUPPORTED_METADATA_VERSION = 4;
const metadataVersionSupported = metadataJson.version === SUPPORTED_METADATA_VERSION;

const MAX_CALLING_CODE_LENGTH = 3;

const plansByCountry = new Map<string, DiallingPlan | null>();
const plansByCallingCode = new Map<string, DiallingPlan | null>();

const callingCodes = new Map<string, CallingCode>();
for (const code of [
  ...Object.keys(metadataJson.country_calling_codes),
  ...Object.keys(metadataJson.nonGeographic),
]) {
  if (metadata.hasCallingCode(code)) {
    callingCodes.set(code, { code, countries: metadata.getCountryCodesForCallingCode(code) });
  }
}

/** The calling code written as exactly these digits, if one exists. */
export function findCallingCode(digits: string): CallingCode | undefined {
  return callingCodes.get(digits);
}

/**
 * The calling code a run of international digits starts with: the first 1–3 digits that are one,
 * as extractCountryCallingCode() looks (codes are prefix-free, so at most one matches; none starts with 0).
 */
export function findCallingCodeAtStart(digits: string): CallingCode | undefined {
  if (digits.startsWith("0")) return undefined;
  for (let length = 1; length <= MAX_CALLING_CODE_LENGTH && length <= digits.length; length++) {
    const callingCode = callingCodes.get(digits.slice(0, length));
    if (callingCode) return callingCode;
  }
  return undefined;
}

/**
 * The compiled plan of a country, or `null` when this module cannot vouch for reproducing
 * libphonenumber on it (unsupported metadata version, a pattern that does not compile):
 * callers then use libphonenumber itself.
 */
export function planForCountry(country: string): DiallingPlan | null {
  let plan = plansByCountry.get(country);
  if (plan === undefined) {
    plan = metadata.hasCountry(country) ? compilePlan(country) : null;
    plansByCountry.set(country, plan);
  }
  return plan;
}

/** The plan libphonenumber selects for a calling code: its main country's, or the non-geographic one. */
export function planForCallingCode(callingCode: string): DiallingPlan | null {
  let plan = plansByCallingCode.get(callingCode);
  if (plan === undefined) {
    plan = compilePlan(callingCode);
    plansByCallingCode.set(callingCode, plan);
  }
  return plan;
}

function compilePlan(countryOrCallingCode: string): DiallingPlan | null {
  if (!metadataVersionSupported) return null;
  try {
    const selected = new Metadata(metadataJson) as unknown as MetadataMethods;
    const plan = selected.selectNumberingPlan(countryOrCallingCode).numberingPlan;
    if (!plan) return null;
    const prefixForParsing = plan.nationalPrefixForParsing();
    const leadingDigits = plan.leadingDigits();
    return {
      callingCode: plan.callingCode(),
      internationalPrefix: new RegExp(`^(?:${plan.IDDPrefix()})`),
      nationalNumber: entirely(plan.nationalNumberPattern()),
      possibleLengths: plan.possibleLengths() || undefined,
      nationalPrefixForParsing: prefixForParsing ? new RegExp(`^(?:${prefixForParsing})`) : undefined,
      nationalPrefixTransformRule: plan.nationalPrefixTransformRule() || undefined,
      leadingDigits: leadingDigits ? new RegExp(`^(?:${leadingDigits})`) : undefined,
      types: plan.hasTypes() ? compileTypes(plan) : undefined,
    };
  } catch {
    // A pattern this engine cannot compile is libphonenumber's to handle: the slow path stays correct.
    return null;
  }
}

function compileTypes(plan: NumberingPlanMethods): NumberTypeRule[] {
  const rules: NumberTypeRule[] = [];
  for (const name of NUMBER_TYPES) {
    const type = plan.type(name);
    // An empty pattern means "same as fixed line" in compressed metadata and never matches on its own.
    if (!type || !type.pattern()) continue;
    rules.push({ pattern: entirely(type.pattern()), possibleLengths: type.possibleLengths() || undefined });
  }
  return rules;
}

function entirely(pattern: string): RegExp {
  return new RegExp(`^(?:${pattern})$`);
}
