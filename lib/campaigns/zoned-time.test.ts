import { describe, expect, it } from "vitest";
import { isQuietAt, maySendAt, minutesUntilSendable } from "./quiet-hours";
import { formatClockTime, localMinuteOfDay, parseClockTime, zonedTimeToInstant } from "./zoned-time";

describe("zoned times", () => {
  it("turns a local date and time into the right instant", () => {
    expect(zonedTimeToInstant("2026-12-01", "09:30", "Europe/Berlin").toISOString()).toBe(
      "2026-12-01T08:30:00.000Z",
    );
    expect(zonedTimeToInstant("2026-07-01", "09:30", "Europe/Berlin").toISOString()).toBe(
      "2026-07-01T07:30:00.000Z",
    );
    expect(zonedTimeToInstant("2026-12-01", "23:15", "America/New_York").toISOString()).toBe(
      "2026-12-02T04:15:00.000Z",
    );
    expect(zonedTimeToInstant("2026-12-01", "00:00", "UTC").toISOString()).toBe("2026-12-01T00:00:00.000Z");
  });

  it("moves a time skipped by DST forward and takes the first of a repeated one", () => {
    // Berlin skips 02:00–03:00 on 2026-03-29 and repeats 02:00–03:00 on 2026-10-25.
    expect(zonedTimeToInstant("2026-03-29", "02:30", "Europe/Berlin").toISOString()).toBe(
      "2026-03-29T01:30:00.000Z",
    );
    expect(zonedTimeToInstant("2026-10-25", "02:30", "Europe/Berlin").toISOString()).toBe(
      "2026-10-25T00:30:00.000Z",
    );
  });

  it("reads the local minute of the day", () => {
    const instant = new Date("2026-12-01T20:45:00Z");
    expect(localMinuteOfDay(instant, "UTC")).toBe(20 * 60 + 45);
    expect(localMinuteOfDay(instant, "Europe/Berlin")).toBe(21 * 60 + 45);
    expect(localMinuteOfDay(instant, "Asia/Kolkata")).toBe(2 * 60 + 15);
  });

  it("parses and formats clock times", () => {
    expect(parseClockTime("21:00")).toBe(1260);
    expect(formatClockTime(480)).toBe("08:00");
  });
});

describe("quiet hours", () => {
  const night = { start: parseClockTime("21:00"), end: parseClockTime("08:00") };

  it("wraps past midnight", () => {
    expect(isQuietAt(parseClockTime("22:00"), night)).toBe(true);
    expect(isQuietAt(parseClockTime("03:00"), night)).toBe(true);
    expect(isQuietAt(parseClockTime("08:00"), night)).toBe(false);
    expect(isQuietAt(parseClockTime("20:59"), night)).toBe(false);
  });

  it("handles a window inside one day and an empty one", () => {
    const lunch = { start: 720, end: 780 };
    expect(isQuietAt(750, lunch)).toBe(true);
    expect(isQuietAt(780, lunch)).toBe(false);
    expect(isQuietAt(100, { start: 300, end: 300 })).toBe(false);
  });

  it("decides in the recipient's zone", () => {
    const instant = new Date("2026-12-01T20:30:00Z");
    expect(maySendAt(instant, "UTC", night)).toBe(true);
    expect(maySendAt(instant, "Europe/Berlin", night)).toBe(false);
    expect(maySendAt(instant, "Europe/Berlin", null)).toBe(true);
    expect(minutesUntilSendable(instant, "Europe/Berlin", night)).toBe(10 * 60 + 30);
    expect(minutesUntilSendable(instant, "UTC", night)).toBe(0);
  });
});
