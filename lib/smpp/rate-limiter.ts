import type { Redis } from "ioredis";
import { redisKey } from "@/lib/redis";

/**
 * Reserves `count` evenly spaced slots after the last slot reserved by any
 * process and answers how long until the last of them, or refuses when that
 * is further off than the horizon (then it answers how long to wait).
 */
const RESERVE = `
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + tonumber(t[2]) / 1000
local interval = tonumber(ARGV[1])
local count = tonumber(ARGV[2])
local horizon = tonumber(ARGV[3])
local tat = tonumber(redis.call('GET', KEYS[1]) or '0')
if tat < now then tat = now end
local last = tat + interval * (count - 1)
if last - now > horizon then return {0, tostring(last - now - horizon)} end
redis.call('SET', KEYS[1], tostring(tat + interval * count), 'PX', math.ceil(last - now + interval + 1000))
return {1, tostring(last - now)}
`;

/**
 * Slots are spaced 1.5% wider than the bare limit: late timers and the
 * small bursts of `take(count)` then never push a one-second window over
 * the limit, and the rate still reaches 98.5% of it.
 */
const SPACING = 1 / 0.985;
/**
 * Reservations further ahead than this are refused. Bulk (campaign) traffic
 * reserves only a little ahead, so a priority take, which may reserve up to
 * a second ahead, waits only for the bulk slots already reserved: a one-time
 * code overtakes a campaign that saturates the connector by at most the bulk
 * horizon. A refused bulk taker sleeps until its slot is a horizon away, so
 * the horizon is also how late its timer may fire before the connector loses
 * rate: 100 ms lost ~4% of a 100 TPS limit on a busy 2-core machine
 * (`npm run bench -- throttle`), 250 ms nothing measurable. Short horizons also
 * mean a caller that dies wastes little of the rate.
 */
const HORIZON_MS = { bulk: 250, priority: 1_000 } as const;
/** `take` grants this share of a second's worth of PDUs at once, so bursts stay within the spacing margin. */
const BURST_SECONDS = 0.005;

export interface RateLimiter {
  /** How many PDUs to ask for at once: sending them together stays within the limit. */
  readonly burst: number;
  /** Waits until `count` PDUs may be written now (asking `burst` at a time, so larger counts wait longer). */
  take(count: number, signal?: AbortSignal): Promise<void>;
  /** The same limit (same slots) for priority traffic, which reserves ahead of bulk (see HORIZON_MS). */
  readonly priority: RateLimiter;
}

/**
 * A connector's submit rate, shared by every worker process through Redis
 * (GCRA), counted in submit_sm PDUs as carriers count them: a three-part
 * message takes three.
 */
export function createRateLimiter(redis: Redis, options: { key: string; perSecond: number }): RateLimiter {
  const key = redisKey("rate", options.key);
  const interval = (1000 / options.perSecond) * SPACING;
  const burst = Math.max(1, Math.floor(options.perSecond * BURST_SECONDS));
  const lane = (horizonMs: number) => async (count: number, signal?: AbortSignal) => {
    let left = Math.max(1, count);
    while (left > 0) {
      signal?.throwIfAborted();
      const slots = Math.min(left, burst);
      const [granted, ms] = (await redis.eval(RESERVE, 1, key, interval, slots, horizonMs)) as [
        number,
        string,
      ];
      const wait = Number(ms);
      if (wait > 0.5) await sleep(wait, signal);
      if (granted === 1) left -= slots;
    }
  };
  const priority: RateLimiter = {
    burst,
    take: lane(HORIZON_MS.priority),
    get priority() {
      return priority;
    },
  };
  return { burst, take: lane(HORIZON_MS.bulk), priority };
}

function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason instanceof Error ? signal.reason : new Error("Aborted."));
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    signal?.addEventListener("abort", onAbort, { once: true });
  });
}
