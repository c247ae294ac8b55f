import type { Redis } from "ioredis";
import { redisKey } from "@/lib/redis";

export type ThrottleSettings = { maxFailures: number; lockSeconds: number };

/**
 * Failed sign-ins are counted per email address in Redis (so the count holds
 * across web processes). After `maxFailures` failures within the lock window
 * the address is locked for `lockSeconds`; each further failure restarts it.
 */
export function createSignInThrottle(redis: Redis, settings: ThrottleSettings) {
  const keyFor = (email: string) => redisKey("sign-in-failures", email);

  return {
    /** Seconds the caller must wait before trying again, or 0. */
    async secondsLocked(email: string): Promise<number> {
      const results = await redis.multi().get(keyFor(email)).ttl(keyFor(email)).exec();
      const failures = Number(results?.[0]?.[1] ?? 0);
      const ttl = Number(results?.[1]?.[1] ?? -2);
      return failures >= settings.maxFailures && ttl > 0 ? ttl : 0;
    },

    /** Records a failure; returns the failures counted so far in the window. */
    async recordFailure(email: string): Promise<number> {
      const results = await redis
        .multi()
        .incr(keyFor(email))
        .expire(keyFor(email), settings.lockSeconds)
        .exec();
      return Number(results?.[0]?.[1] ?? 0);
    },

    async clear(email: string): Promise<void> {
      await redis.del(keyFor(email));
    },
  };
}

export type SignInThrottle = ReturnType<typeof createSignInThrottle>;
