import { describe, expect, it } from "vitest";
import { bucketName, formatDuration, formatRate, niceCeiling } from "./format-report";

describe("report formatting", () => {
  it("writes rates as percentages with one decimal at most", () => {
    expect(formatRate(0.8523)).toBe("85.2%");
    expect(formatRate(1)).toBe("100%");
    expect(formatRate(null)).toBe("–");
  });

  it("writes durations in the two largest units", () => {
    expect(formatDuration(0.25)).toBe("0.3 s");
    expect(formatDuration(4.5)).toBe("4.5 s");
    expect(formatDuration(42.4)).toBe("42 s");
    expect(formatDuration(80)).toBe("1 min 20 s");
    expect(formatDuration(120)).toBe("2 min");
    expect(formatDuration(7500)).toBe("2 h 5 min");
    expect(formatDuration(200_000)).toBe("2 d 7 h");
  });

  it("names bucket sizes", () => {
    expect(bucketName(10)).toBe("10-second");
    expect(bucketName(60)).toBe("1-minute");
    expect(bucketName(900)).toBe("15-minute");
    expect(bucketName(3600)).toBe("1-hour");
    expect(bucketName(86_400)).toBe("1-day");
  });

  it("rounds an axis top up to a readable number", () => {
    expect(niceCeiling(0)).toBe(1);
    expect(niceCeiling(1)).toBe(1);
    expect(niceCeiling(7)).toBe(8);
    expect(niceCeiling(23)).toBe(25);
    expect(niceCeiling(1400)).toBe(1500);
    expect(niceCeiling(28_200)).toBe(30_000);
  });
});
