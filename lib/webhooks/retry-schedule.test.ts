import { describe, expect, it } from "vitest";
import { nextAttemptDelayMs } from "./retry-schedule";

const DEFAULT = [5, 300, 1800, 7200, 18000, 36000, 36000];

describe("webhook retry schedule", () => {
  it("waits 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 10 h, then gives up", () => {
    const waits = [1, 2, 3, 4, 5, 6, 7].map((attempt) => nextAttemptDelayMs(attempt, DEFAULT, () => 0));
    expect(waits).toEqual([5_000, 300_000, 1_800_000, 7_200_000, 18_000_000, 36_000_000, 36_000_000]);
    expect(nextAttemptDelayMs(8, DEFAULT, () => 0)).toBeNull();
  });

  it("spans about a day from the first attempt to the last", () => {
    const total = [1, 2, 3, 4, 5, 6, 7].reduce(
      (sum, attempt) => sum + nextAttemptDelayMs(attempt, DEFAULT, () => 0)!,
      0,
    );
    expect(total / 3_600_000).toBeCloseTo(27.6, 1);
  });

  it("adds at most 10% of jitter", () => {
    expect(nextAttemptDelayMs(2, DEFAULT, () => 0.5)).toBe(315_000);
    expect(nextAttemptDelayMs(2, DEFAULT, () => 0.999999)).toBe(330_000);
  });
});
