import { describe, expect, it } from "vitest";
import { NumberSet } from "./number-set";

describe("NumberSet", () => {
  it("agrees with a Set for many E.164-sized numbers, across growth", () => {
    const set = new NumberSet();
    const reference = new Set<number>();
    let seed = 12345;
    let disagreements = 0;
    for (let i = 0; i < 300_000; i++) {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      // Few distinct values, so many repeats; up to 15 digits.
      const value = 491500000000000 + (seed % 200_000) * 7919;
      if (set.add(value) === reference.has(value)) disagreements++;
      reference.add(value);
    }
    expect(disagreements).toBe(0);
    expect(set.size).toBe(reference.size);
    expect([...reference].every((value) => set.has(value))).toBe(true);
    expect(set.has(491500000000001)).toBe(reference.has(491500000000001));
    expect(set.has(1)).toBe(false);
  });

  it("refuses 0, negatives and fractions", () => {
    const set = new NumberSet();
    expect(() => set.add(0)).toThrow(RangeError);
    expect(() => set.add(-5)).toThrow(RangeError);
    expect(() => set.add(1.5)).toThrow(RangeError);
  });
});
