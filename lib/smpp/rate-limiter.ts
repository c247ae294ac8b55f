import { randomUUID } from "node:crypto";
import { setTimeout as sleep } from "node:timers/promises";
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
 * The hard cap behind the slots: admits `count` PDUs now only if the PDUs
 * admitted in the last second (any process) leave room, else answers how
 * long until enough of them leave the window. Slots alone hold the limit
 * only while every taker wakes on time; a timer that fires late on a busy
 * machine would write its slot next to the following ones and push one
 * second over the limit. Entries are one per take ("<id>:<count>"), so the
 * set holds at most a second's worth of takes.
 */
const ADMIT = `
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + tonumber(t[2]) / 1000
local limit = tonumber(ARGV[1])
local count = tonumber(ARGV[2])
local window = tonumber(ARGV[3])
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now - window)
local entries = redis.call('ZRANGE', KEYS[1], 0, -1, 'WITHSCORES')
local used = 0
for i = 1, #entries, 2 do used = used + tonumber(string.match(entries[i], ':(%d+)$')) end
if used + count <= limit then
  redis.call('ZADD', KEYS[1], now, ARGV[4] .. ':' .. count)
  redis.call('PEXPIRE', KEYS[1], math.ceil(window) + 1000)
  return '0'
end
local need = used + count - limit
local freed = 0
for i = 1, #entries, 2 do
  freed = freed + tonumber(string.match(entries[i], ':(%d+)$'))
  if freed >= need then return tostring(tonumber(entries[i + 1]) + window - now + 1) end
end
return tostring(window)
`;
/**
 * The window ADMIT counts over: a second plus an allowance for what happens
 * after admission (the answer's way back, the event loop, the socket, the
 * SMSC's own clock), which can move one write closer to the next by a few
 * milliseconds; the SMSC counts by its clock, not ours.
 */
const WINDOW_MS = 1_020;

/**
 * Slots are spaced 1% wider than the bare limit, so ADMIT's longer window
 * seldom holds a write back, and the rate still reaches ~98% of the limit.
 */
const SPACING = 1 / 0.99;
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
  /** Waits until `count` PDUs may be written now: `reserve`, then `admit`. For writes that follow at once. */
  take(count: number): Promise<void>;
  /**
   * Waits for `count` slots (asking `burst` at a time, so larger counts wait
   * longer). Whoever does more work between the slot and the write (a claim
   * in the database) calls `admit` right before writing.
   */
  reserve(count: number): Promise<void>;
  /** Waits until the last second leaves room for `count` PDUs and counts them (see ADMIT). Call right before writing. */
  admit(count: number): Promise<void>;
  /** The same limit (same slots) for priority traffic, which reserves ahead of bulk (see HORIZON_MS). */
  readonly priority: RateLimiter;
}

/**
 * A connector's submit rate, shared by every worker process through Redis
 * (GCRA slots, then the ADMIT log), counted in submit_sm PDUs as carriers
 * count them: a three-part message takes three.
 */
export function createRateLimiter(redis: Redis, options: { key: string; perSecond: number }): RateLimiter {
  const key = redisKey("rate", options.key);
  const windowKey = redisKey("rate-window", options.key);
  let admissions = 0;
  const takerId = randomUUID();
  const interval = (1000 / options.perSecond) * SPACING;
  const burst = Math.max(1, Math.floor(options.perSecond * BURST_SECONDS));
  const admit = async (count: number) => {
    const pdus = Math.min(Math.max(1, count), options.perSecond);
    for (;;) {
      const wait = Number(
        await redis.eval(
          ADMIT,
          1,
          windowKey,
          options.perSecond,
          pdus,
          WINDOW_MS,
          `${takerId}:${admissions++}`,
        ),
      );
      if (wait <= 0) return;
      await sleep(wait);
    }
  };
  const lane = (horizonMs: number): RateLimiter => {
    const reserve = async (count: number) => {
      let left = Math.max(1, count);
      while (left > 0) {
        const slots = Math.min(left, burst);
        const [granted, ms] = (await redis.eval(RESERVE, 1, key, interval, slots, horizonMs)) as [
          number,
          string,
        ];
        const wait = Number(ms);
        if (wait > 0.5) await sleep(wait);
        if (granted === 1) left -= slots;
      }
    };
    return {
      burst,
      reserve,
      admit,
      async take(count) {
        await reserve(count);
        await admit(count);
      },
      get priority() {
        return priorityLane;
      },
    };
  };
  const priorityLane = lane(HORIZON_MS.priority);
  return lane(HORIZON_MS.bulk);
}
