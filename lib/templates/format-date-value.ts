export type DateStyle = "date" | "datetime" | "time";

export const DATE_STYLES: readonly DateStyle[] = ["date", "datetime", "time"];

const STYLE_OPTIONS: Readonly<Record<DateStyle, Intl.DateTimeFormatOptions>> = {
  date: { dateStyle: "medium" },
  datetime: { dateStyle: "medium", timeStyle: "short" },
  time: { timeStyle: "short" },
};

// Building an Intl.DateTimeFormat costs tens of microseconds; a campaign
// touches a handful of (locale, zone, style) combinations, so keep them.
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(locale: string, timeZone: string, style: DateStyle): Intl.DateTimeFormat {
  const key = `${locale}|${timeZone}|${style}`;
  let formatter = formatters.get(key);
  if (formatter === undefined) {
    try {
      formatter = new Intl.DateTimeFormat(locale, { ...STYLE_OPTIONS[style], timeZone });
    } catch {
      // A contact with a zone ICU does not know must still get a message; UTC is the honest fallback.
      formatter = new Intl.DateTimeFormat(locale, { ...STYLE_OPTIONS[style], timeZone: "UTC" });
    }
    formatters.set(key, formatter);
  }
  return formatter;
}

// YYYY-MM-DD, optionally followed by a time and optionally by a zone.
const ISO_DATE =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3})\d*)?)?)?\s*(Z|[+-]\d{2}:?\d{2})?$/i;

interface ParsedDate {
  instant: Date;
  /** A value without a zone is a wall-clock reading: shown as written, not shifted. */
  floating: boolean;
  dateOnly: boolean;
}

function parseDateValue(value: unknown): ParsedDate | null | "unparseable" {
  if (value instanceof Date) {
    return Number.isNaN(value.getTime()) ? null : { instant: value, floating: false, dateOnly: false };
  }
  if (typeof value === "number") {
    return Number.isFinite(value) ? { instant: new Date(value), floating: false, dateOnly: false } : null;
  }
  if (typeof value !== "string") return null;
  const text = value.trim();
  if (text === "") return null;
  const match = ISO_DATE.exec(text);
  if (match === null) return "unparseable";
  const [, year, month, day, hour, minute, second, millis, zone] = match;
  const dateOnly = hour === undefined;
  const wallClock = Date.UTC(
    Number(year),
    Number(month) - 1,
    Number(day),
    Number(hour ?? 0),
    Number(minute ?? 0),
    Number(second ?? 0),
    Number((millis ?? "0").padEnd(3, "0")),
  );
  const check = new Date(wallClock);
  // Date.UTC rolls 2025-02-31 over to March and 10:60 to 11:00; a rolled-over value was not a real one.
  if (
    check.getUTCDate() !== Number(day) ||
    check.getUTCMonth() !== Number(month) - 1 ||
    check.getUTCHours() !== Number(hour ?? 0) ||
    check.getUTCMinutes() !== Number(minute ?? 0)
  ) {
    return "unparseable";
  }
  if (zone === undefined) return { instant: check, floating: true, dateOnly };
  return { instant: new Date(wallClock - zoneOffsetMinutes(zone) * 60_000), floating: false, dateOnly };
}

function zoneOffsetMinutes(zone: string): number {
  if (zone.toUpperCase() === "Z") return 0;
  const digits = zone.replace(":", "");
  const sign = digits.startsWith("-") ? -1 : 1;
  return sign * (Number(digits.slice(1, 3)) * 60 + Number(digits.slice(3, 5)));
}

/**
 * The `formatDate` helper's work. Accepts a Date, epoch milliseconds, or an
 * ISO 8601 string (`2025-03-01`, `2025-03-01 14:30`, `2025-03-01T14:30:00Z`).
 *
 * - An instant (a Date, a number, or a string with Z/offset) is shown in the
 *   recipient's time zone.
 * - A string without a zone is shown as written: "2025-03-01" is the 1st of
 *   March for everyone (shifting it to New York would make it the 28th of
 *   February), and a date-only value is always shown as a date.
 * - Missing or empty values render empty (so `default` can supply a
 *   fallback); a string that is not ISO 8601 is shown unchanged rather than
 *   silently dropped.
 */
export function formatDateValue(value: unknown, style: DateStyle, timeZone: string, locale: string): string {
  const parsed = parseDateValue(value);
  if (parsed === null) return "";
  if (parsed === "unparseable") return String(value).trim();
  const effectiveStyle = parsed.dateOnly ? "date" : style;
  const zone = parsed.floating ? "UTC" : timeZone;
  // Some locales put no-break or narrow no-break spaces in dates ("2:30 PM"),
  // which would push the whole message to UCS-2 for an invisible difference.
  return formatterFor(locale, zone, effectiveStyle)
    .format(parsed.instant)
    .replace(/[\u00a0\u202f\u2009]/g, " ");
}
