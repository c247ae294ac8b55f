import { describe, expect, it } from "vitest";
import { formatDateValue } from "./format-date-value";

const london = (value: unknown, style: "date" | "datetime" | "time" = "date") =>
  formatDateValue(value, style, "Europe/London", "en-GB");

describe("formatDateValue", () => {
  it("shows an instant in the recipient's time zone in each style", () => {
    const instant = "2026-07-01T22:30:00Z";
    expect([london(instant), london(instant, "datetime"), london(instant, "time")]).toEqual([
      "1 Jul 2026",
      "1 Jul 2026, 23:30",
      "23:30",
    ]);
    expect(formatDateValue(instant, "datetime", "Asia/Tokyo", "en-GB")).toBe("2 Jul 2026, 07:30");
    expect(formatDateValue("2026-07-01T22:30:00+02:00", "datetime", "UTC", "en-GB")).toBe(
      "1 Jul 2026, 20:30",
    );
  });

  it("accepts Date objects and epoch milliseconds", () => {
    expect(london(new Date(Date.UTC(2026, 0, 15, 9, 5)), "datetime")).toBe("15 Jan 2026, 09:05");
    expect(london(Date.UTC(2026, 0, 15, 9, 5), "time")).toBe("09:05");
  });

  it("shows a date-only value as that calendar date in every zone, whatever the style", () => {
    expect(formatDateValue("2026-03-01", "date", "America/Los_Angeles", "en-GB")).toBe("1 Mar 2026");
    expect(formatDateValue("2026-03-01", "datetime", "Pacific/Kiritimati", "en-GB")).toBe("1 Mar 2026");
  });

  it("shows a value without a zone as written", () => {
    expect(formatDateValue("2026-03-01 14:30", "datetime", "Asia/Tokyo", "en-GB")).toBe("1 Mar 2026, 14:30");
  });

  it("renders missing values empty and other text unchanged", () => {
    expect([
      london(undefined),
      london(null),
      london(""),
      london("  "),
      london({}),
      london(new Date(Number.NaN)),
    ]).toEqual(["", "", "", "", "", ""]);
    expect([
      london("next Tuesday"),
      london(" 01/03/2026 "),
      london("2026-02-31"),
      london("2026-03-01 10:60"),
    ]).toEqual(["next Tuesday", "01/03/2026", "2026-02-31", "2026-03-01 10:60"]);
  });

  it("falls back to UTC for a time zone ICU does not know", () => {
    expect(formatDateValue("2026-07-01T22:30:00Z", "time", "Mars/Olympus", "en-GB")).toBe("22:30");
  });

  it("replaces the no-break spaces some locales use with plain spaces, keeping GSM-7", () => {
    expect(formatDateValue("2026-07-01T14:30:00Z", "time", "UTC", "en-US")).toBe("2:30 PM");
  });
});
