import { randomUUID } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import { createRedis } from "@/lib/redis";
import { createRateLimiter } from "@/lib/smpp/rate-limiter";

const redis = createRedis("rate-limiter-priority-test");
afterAll(() => redis.quit());

const PER_SECOND = 20;
/** One slot at 20/s, with the limiter's 1% spacing. */
const INTERVAL_MS = 1000 / PER_SECOND / 0.99;

function maxInAnySecond(times: number[]): number {
  const sorted = [...times].sort((a, b) => a - b);
  let max = 0;
  for (let i = 0, j = 0; i < sorted.length; i++) {
    while (j < sorted.length && sorted[j]! - sorted[i]! < 1000) j++;
    max = Math.max(max, j - i);
  }
  return max;
}

describe("the rate limiter's lanes", () => {
  it("lets a priority take overtake bulk takers that saturate the limit, within the limit", async () => {
    const key = randomUUID();
    // Two "workers" of one connector, twenty bulk takers in all, always asking: a second's worth.
    const workers = [
      createRateLimiter(redis, { key, perSecond: PER_SECOND }),
      createRateLimiter(redis, { key, perSecond: PER_SECOND }),
    ];
    const grants: number[] = [];
    let running = true;
    const bulk = Array.from({ length: 20 }, async (_, index) => {
      while (running) {
        await workers[index % 2]!.take(1);
        grants.push(performance.now());
      }
    });
    await new Promise((resolve) => setTimeout(resolve, 1_200));
    const waits: number[] = [];
    for (let i = 0; i < 4; i++) {
      const asked = performance.now();
      await workers[i % 2]!.priority.take(1);
      grants.push(performance.now());
      waits.push(performance.now() - asked);
      await new Promise((resolve) => setTimeout(resolve, 150));
    }
    running = false;
    await Promise.all(bulk);
    // Bulk reserves at most 250 ms ahead: a priority take waits for that and its own slot, not for
    // twenty takers' worth of reservations (~1 s with one horizon for everyone).
    expect(Math.max(...waits)).toBeLessThan(250 + 2 * INTERVAL_MS + 60);
    expect(maxInAnySecond(grants)).toBeLessThanOrEqual(PER_SECOND);
  });

  it("gives a lone bulk taker the full rate despite its short horizon", async () => {
    const limiter = createRateLimiter(redis, { key: randomUUID(), perSecond: PER_SECOND });
    const started = performance.now();
    // Ten slots one after another: the bulk lane reserves them in turn and the rate is the limit's.
    for (let i = 0; i < 10; i++) await limiter.take(1);
    const elapsed = performance.now() - started;
    expect(elapsed).toBeGreaterThan(9 * INTERVAL_MS - 5);
    expect(elapsed).toBeLessThan(10 * INTERVAL_MS + 200);
  });
});
