import type { HelperOptions } from "handlebars";
import { DATE_STYLES, formatDateValue, type DateStyle } from "./format-date-value";

/**
 * The helpers a template may call. Each takes plain values and returns a
 * string; none reads files, the network, or anything but its arguments and
 * the render's time zone and locale, so a template cannot do more than
 * rearrange a contact's own data.
 */

/** What the render passes as Handlebars `data`, for `formatDate`. */
export interface RenderData {
  timeZone: string;
  locale: string;
}

/** Arity of each value helper, for validation. */
export const VALUE_HELPERS: Readonly<Record<string, { min: number; max: number; usage: string }>> = {
  default: { min: 2, max: 2, usage: '{{default firstName "there"}}' },
  upper: { min: 1, max: 1, usage: "{{upper firstName}}" },
  lower: { min: 1, max: 1, usage: "{{lower firstName}}" },
  capitalize: { min: 1, max: 1, usage: "{{capitalize firstName}}" },
  formatDate: { min: 1, max: 2, usage: '{{formatDate fields.renewal "date"}}' },
};

/** Handlebars built-ins a template may use, only as blocks. */
export const BLOCK_HELPERS: readonly string[] = ["if", "unless"];

/** Built-ins a template may not use, with the reason shown to the marketer. */
export const FORBIDDEN_HELPERS: Readonly<Record<string, string>> = {
  lookup: "write the merge tag itself, e.g. {{fields.plan}}",
  with: "write the full merge tag, e.g. {{fields.plan}}",
  each: "a contact's fields are single values, there is nothing to repeat",
  log: "templates cannot write to the server log",
  helperMissing: "it is internal to the template engine",
  blockHelperMissing: "it is internal to the template engine",
};

export function isBlankValue(value: unknown): boolean {
  return value === undefined || value === null || (typeof value === "string" && value.trim() === "");
}

/** Strings pass through; numbers and booleans print; anything else (objects, arrays) prints nothing. */
export function toText(value: unknown): string {
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean" || typeof value === "bigint")
    return String(value);
  return "";
}

function defaultHelper(value: unknown, fallback: unknown): unknown {
  return isBlankValue(value) ? fallback : value;
}

function upper(value: unknown): string {
  return toText(value).toUpperCase();
}

function lower(value: unknown): string {
  return toText(value).toLowerCase();
}

/** As in Liquid, Jinja and lodash: first character upper case, the rest lower case ("jOHN" → "John"). */
function capitalize(value: unknown): string {
  const text = toText(value);
  if (text === "") return text;
  const first = text.codePointAt(0)!;
  const firstLength = first > 0xffff ? 2 : 1;
  return text.slice(0, firstLength).toUpperCase() + text.slice(firstLength).toLowerCase();
}

function isHelperOptions(value: unknown): value is HelperOptions {
  return typeof value === "object" && value !== null && "hash" in value;
}

// Handlebars appends its options object after the template's arguments, so
// with one argument the "style" slot holds the options.
function formatDate(value: unknown, styleOrOptions: unknown, maybeOptions?: unknown): string {
  const options = isHelperOptions(styleOrOptions) ? styleOrOptions : maybeOptions;
  const style = DATE_STYLES.includes(styleOrOptions as DateStyle) ? (styleOrOptions as DateStyle) : "date";
  const data = isHelperOptions(options) ? (options.data as Partial<RenderData> | undefined) : undefined;
  return formatDateValue(value, style, data?.timeZone ?? "UTC", data?.locale ?? "en-GB");
}

export const TEMPLATE_HELPERS = { default: defaultHelper, upper, lower, capitalize, formatDate };
