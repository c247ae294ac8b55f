import { isKnownTimeZone, localMinuteOfDay } from "./zoned-time";

/**
 * Quiet hours: the part of the recipient's day when nothing is sent, from
 * `start` to `end` in minutes after local midnight (21:00–08:00 wraps past
 * midnight). Held messages wait; they are never dropped.
 */
export interface QuietHours {
  start: number;
  end: number;
}

export function isQuietAt(minute: number, quiet: QuietHours): boolean {
  if (quiet.start === quiet.end) return false;
  return quiet.start < quiet.end
    ? minute >= quiet.start && minute < quiet.end
    : minute >= quiet.start || minute < quiet.end;
}

/** True when a message may be sent to someone in `timeZone` at `instant`. */
export function maySendAt(instant: Date, timeZone: string, quiet: QuietHours | null): boolean {
  return quiet === null || !isQuietAt(localMinuteOfDay(instant, timeZone), quiet);
}

/** Minutes from `instant` until quiet hours end in `timeZone` (0 when not quiet now). */
export function minutesUntilSendable(instant: Date, timeZone: string, quiet: QuietHours | null): number {
  if (quiet === null) return 0;
  const minute = localMinuteOfDay(instant, timeZone);
  if (!isQuietAt(minute, quiet)) return 0;
  return (quiet.end - minute + 1440) % 1440 || 1440;
}

/** A zone Intl knows, else the fallback (contacts may carry zones from old imports). */
export function knownZoneOr(timeZone: string | null, fallback: string): string {
  if (timeZone === null || timeZone === "") return fallback;
  return isKnownTimeZone(timeZone) ? timeZone : fallback;
}
