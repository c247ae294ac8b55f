import { randomUUID } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import { createRedis } from "@/lib/redis";
import { createRateLimiter } from "@/lib/smpp/rate-limiter";

const redis = createRedis("rate-limiter-test");
afterAll(() => redis.quit());

describe("the shared rate limiter", () => {
  it("spaces grants so no one-second window gets more than the limit, across limiters", async () => {
    const key = randomUUID();
    // Two "workers" sharing one connector's limit.
    const a = createRateLimiter(redis, { key, perSecond: 50 });
    const b = createRateLimiter(redis, { key, perSecond: 50 });
    const grants: number[] = [];
    const run = async (limiter: typeof a) => {
      for (let i = 0; i < 40; i++) {
        await limiter.take(1);
        grants.push(performance.now());
      }
    };
    const started = performance.now();
    await Promise.all([run(a), run(b)]);
    const seconds = (performance.now() - started) / 1000;
    grants.sort((x, y) => x - y);
    let maxInWindow = 0;
    for (let i = 0; i < grants.length; i++) {
      let j = i;
      while (j < grants.length && grants[j]! - grants[i]! < 1000) j++;
      maxInWindow = Math.max(maxInWindow, j - i);
    }
    expect(maxInWindow).toBeLessThanOrEqual(50);
    // 80 grants at 50/s (minus the 1% margin) take at least 1.6 s.
    expect(seconds).toBeGreaterThan(1.55);
  });

  it("holds the limit over any second even when slots come too close (a late timer, reservations lost)", async () => {
    const key = randomUUID();
    const limiter = createRateLimiter(redis, { key, perSecond: 20 });
    const grants: number[] = [];
    for (let i = 0; i < 20; i++) {
      await limiter.take(1);
      grants.push(performance.now());
    }
    // Forget the reserved slots, as if a taker woke late and wrote right before the next ones:
    // the slots alone would now grant at once.
    await redis.del(`${process.env.REDIS_PREFIX}:rate:${key}`);
    for (let i = 0; i < 10; i++) {
      await limiter.take(1);
      grants.push(performance.now());
    }
    let maxInWindow = 0;
    for (let i = 0; i < grants.length; i++) {
      let j = i;
      // 5 ms of slack for the round trip between Redis' clock and this one.
      while (j < grants.length && grants[j]! - grants[i]! < 995) j++;
      maxInWindow = Math.max(maxInWindow, j - i);
    }
    expect(maxInWindow).toBeLessThanOrEqual(20);
  });

  it("counts PDUs: a multi-part message takes one slot per part", async () => {
    const limiter = createRateLimiter(redis, { key: randomUUID(), perSecond: 20 });
    const started = performance.now();
    await limiter.take(3);
    await limiter.take(3);
    // Six slots at 20/s: the sixth is at least 5 intervals (~250 ms) after the first.
    expect(performance.now() - started).toBeGreaterThan(240);
  });
});
