import { describe, expect, it } from "vitest";
import { reconnectDelay } from "./reconnect-delay";

const backoff = { initialMs: 500, maxMs: 30_000 };

describe("reconnectDelay", () => {
  it("doubles from the initial delay", () => {
    const top = () => 1;
    expect([0, 1, 2, 3].map((failures) => reconnectDelay(failures, backoff, top))).toEqual([
      500, 1_000, 2_000, 4_000,
    ]);
  });

  it("never exceeds the maximum", () => {
    expect(reconnectDelay(6, backoff, () => 1)).toBe(30_000);
    expect(reconnectDelay(1_000, backoff, () => 1)).toBe(30_000);
  });

  it("jitters within the upper half", () => {
    expect(reconnectDelay(0, backoff, () => 0)).toBe(250);
    expect(reconnectDelay(3, backoff, () => 0.5)).toBe(3_000);
    expect(reconnectDelay(10, backoff, () => 0)).toBe(15_000);
  });
});
