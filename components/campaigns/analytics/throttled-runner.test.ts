import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { ThrottledRunner } from "./throttled-runner";

describe("ThrottledRunner", () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it("runs at once, then at most once a second however often it is asked", async () => {
    const starts: number[] = [];
    const runner = new ThrottledRunner(async () => {
      starts.push(Date.now());
    });
    const t0 = Date.now();
    runner.request();
    await vi.advanceTimersByTimeAsync(0);
    for (let i = 0; i < 25; i++) {
      runner.request();
      await vi.advanceTimersByTimeAsync(100);
    }
    await vi.advanceTimersByTimeAsync(2000);
    expect(starts.map((start) => start - t0)).toEqual([0, 1000, 2000, 3000]);
  });

  it("never runs two at once and waits twice as long as a slow run took", async () => {
    let release: () => void = () => undefined;
    const starts: number[] = [];
    const runner = new ThrottledRunner(async () => {
      starts.push(Date.now());
      await new Promise<void>((resolve) => (release = resolve));
    });
    const t0 = Date.now();
    runner.request();
    await vi.advanceTimersByTimeAsync(0);
    runner.request();
    await vi.advanceTimersByTimeAsync(1500);
    expect(starts).toHaveLength(1);
    release();
    await vi.advanceTimersByTimeAsync(1499);
    expect(starts).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(starts.map((start) => start - t0)).toEqual([0, 3000]);
  });

  it("does nothing once disposed", async () => {
    const task = vi.fn(async () => undefined);
    const runner = new ThrottledRunner(task);
    runner.request();
    await vi.advanceTimersByTimeAsync(0);
    runner.request();
    runner.dispose();
    runner.request();
    await vi.advanceTimersByTimeAsync(5000);
    expect(task).toHaveBeenCalledTimes(1);
  });
});
