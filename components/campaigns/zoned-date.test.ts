import { describe, expect, it } from "vitest";
import { addDays, formatDuration, timeZoneNames, zonedDateTime } from "./zoned-date";

describe("zonedDateTime", () => {
  it("shows an instant on the chosen zone's clock, across the date line and DST", () => {
    const instant = new Date("2026-03-29T00:30:00Z");
    expect(zonedDateTime(instant, "UTC")).toEqual({ date: "2026-03-29", time: "00:30" });
    expect(zonedDateTime(instant, "America/New_York")).toEqual({ date: "2026-03-28", time: "20:30" });
    // Berlin moved to summer time at 01:00 UTC that night.
    expect(zonedDateTime(new Date("2026-03-29T01:30:00Z"), "Europe/Berlin")).toEqual({
      date: "2026-03-29",
      time: "03:30",
    });
  });
});

describe("addDays", () => {
  it("crosses month and year ends", () => {
    expect(addDays("2026-01-31", 1)).toBe("2026-02-01");
    expect(addDays("2026-12-31", 1)).toBe("2027-01-01");
    expect(addDays("2028-02-28", 1)).toBe("2028-02-29");
  });
});

describe("formatDuration", () => {
  it("rounds to minutes and hours", () => {
    expect(formatDuration(0)).toBe("under a minute");
    expect(formatDuration(59)).toBe("under a minute");
    expect(formatDuration(89)).toBe("about 1 minute");
    expect(formatDuration(600)).toBe("about 10 minutes");
    expect(formatDuration(3600)).toBe("about 1 hour");
    expect(formatDuration(3 * 3600 + 5 * 60)).toBe("about 3 hours 5 minutes");
  });
});

describe("timeZoneNames", () => {
  it("always offers UTC and the zones given, once each, sorted", () => {
    const names = timeZoneNames(["Europe/Berlin", "Europe/Berlin", ""]);
    expect(names).toContain("UTC");
    expect(names.filter((name) => name === "Europe/Berlin")).toHaveLength(1);
    expect(names).not.toContain("");
    expect([...names].sort((a, b) => a.localeCompare(b))).toEqual(names);
  });
});
