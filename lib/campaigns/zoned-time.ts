/**
 * Wall-clock times in IANA zones without a date library: Intl tells the
 * offset of a zone at an instant, which is all a schedule and quiet hours need.
 */

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** The zone's wall clock at `instant`, as if it were UTC (ms). */
function wallClockMs(instant: Date, timeZone: string): number {
  const parts: Record<string, number> = {};
  for (const part of formatterFor(timeZone).formatToParts(instant)) {
    if (part.type !== "literal") parts[part.type] = Number(part.value);
  }
  return Date.UTC(parts.year!, parts.month! - 1, parts.day!, parts.hour!, parts.minute!, parts.second!);
}

/** Minutes after local midnight in `timeZone` at `instant` (0–1439). */
export function localMinuteOfDay(instant: Date, timeZone: string): number {
  const wall = new Date(wallClockMs(instant, timeZone));
  return wall.getUTCHours() * 60 + wall.getUTCMinutes();
}

/**
 * The instant at which the clock in `timeZone` shows `date` ("2026-12-01")
 * and `time` ("09:30"). A time skipped by a DST change moves forward by the
 * gap, as clocks do; a repeated one takes its first occurrence.
 */
export function zonedTimeToInstant(date: string, time: string, timeZone: string): Date {
  const [year, month, day] = date.split("-").map(Number);
  const [hour, minute] = time.split(":").map(Number);
  const wanted = Date.UTC(year!, month! - 1, day!, hour!, minute!);
  // Two passes settle the offset, including across a DST change.
  let guess = wanted;
  for (let i = 0; i < 2; i++) guess = wanted - (wallClockMs(new Date(guess), timeZone) - guess);
  const earlier = guess - 3_600_000;
  if (wallClockMs(new Date(earlier), timeZone) === wanted) return new Date(earlier);
  return new Date(guess);
}

/** "HH:MM" → minutes after midnight. */
export function parseClockTime(value: string): number {
  const [hours, minutes] = value.split(":").map(Number);
  return hours! * 60 + minutes!;
}

/** Minutes after midnight → "HH:MM". */
export function formatClockTime(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;
}

/** True for a zone name Intl knows ("Europe/Berlin", "UTC"). */
export function isKnownTimeZone(timeZone: string): boolean {
  try {
    formatterFor(timeZone);
    return true;
  } catch {
    return false;
  }
}
