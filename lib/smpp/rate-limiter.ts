import { randomUUID } from "node:crypto";
import { setTimeout as sleep } from "node:timers/promises";
import type { Redis } from "ioredis";
import { luaScript, redisKey } from "@/lib/redis";

/**
 * Reserves `count` evenly spaced slots after the last slot reserved by any
 * process and answers how long until the last of them, or refuses when that
 * is further off than the horizon (then it answers how long to wait).
 */
const RESERVE = luaScript(`
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
`);

/**
 * The hard cap behind the slots: admits `count` PDUs now only if the PDUs
 * admitted in the last second (any process) leave room, else answers how
 * long until enough of them leave the window. Slots alone hold the limit
 * only while every taker wakes on time; a timer that fires late on a busy
 * machine would write its slot next to the following ones and push one
 * second over the limit. Entries are one per take ("<id>:<count>") in the
 * sorted set KEYS[1]; their sum is kept in KEYS[2], so a call reads only the
 * entries that just left the window (an unthrottled connector admits
 * thousands of takes a second, and summing them all on every call made Redis
 * the bottleneck).
 *
 * With a record (KEYS[3], KEYS[4]), the admission also adds ARGV[6..] to the
 * set KEYS[4], atomically, and only while KEYS[3] still holds the token
 * ARGV[5]; else it answers -1 and admits nothing. The caller writes right
 * after, so the set is a journal of what may have been written.
 */
const ADMIT = luaScript(`
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + tonumber(t[2]) / 1000
local limit = tonumber(ARGV[1])
local count = tonumber(ARGV[2])
local window = tonumber(ARGV[3])
local function pdus(entry) return tonumber(string.match(entry, ':(%d+)$')) end
if #KEYS == 4 and redis.call('GET', KEYS[3]) ~= ARGV[5] then return '-1' end
local used = 0
if redis.call('EXISTS', KEYS[1]) == 1 then
  used = tonumber(redis.call('GET', KEYS[2]) or '0')
  local gone = redis.call('ZRANGEBYSCORE', KEYS[1], '-inf', now - window)
  if #gone > 0 then
    for i = 1, #gone do used = used - pdus(gone[i]) end
    redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now - window)
  end
end
if used + count <= limit then
  local ttl = math.ceil(window) + 1000
  redis.call('ZADD', KEYS[1], now, ARGV[4] .. ':' .. count)
  redis.call('SET', KEYS[2], used + count, 'PX', ttl)
  redis.call('PEXPIRE', KEYS[1], ttl)
  if #KEYS == 4 then redis.call('SADD', KEYS[4], unpack(ARGV, 6)) end
  return '0'
end
redis.call('SET', KEYS[2], used, 'KEEPTTL')
local need = used + count - limit
local freed = 0
local entries = redis.call('ZRANGE', KEYS[1], 0, -1, 'WITHSCORES')
for i = 1, #entries, 2 do
  freed = freed + pdus(entries[i])
  if freed >= need then return tostring(tonumber(entries[i + 1]) + window - now + 1) end
end
return tostring(window)
`);
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

/**
 * Members to add to a set as the PDUs are admitted, provided `fenceKey` still
 * holds `token` (see ADMIT; lib/messaging/send-journal.ts uses it).
 */
export interface AdmitRecord {
  fenceKey: string;
  setKey: string;
  token: string;
  members: readonly string[];
}

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
  /**
   * Waits until the last second leaves room for `count` PDUs and counts them
   * (see ADMIT). Call right before writing. With a record, answers false,
   * admitting nothing, once its fence key no longer holds its token.
   */
  admit(count: number, record?: AdmitRecord): Promise<boolean>;
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
  const windowTotalKey = redisKey("rate-window-total", options.key);
  let admissions = 0;
  const takerId = randomUUID();
  const interval = (1000 / options.perSecond) * SPACING;
  const burst = Math.max(1, Math.floor(options.perSecond * BURST_SECONDS));
  const admit = async (count: number, record?: AdmitRecord) => {
    const pdus = Math.min(Math.max(1, count), options.perSecond);
    const keys = [windowKey, windowTotalKey, ...(record ? [record.fenceKey, record.setKey] : [])];
    const recorded = record ? [record.token, ...record.members] : [];
    for (;;) {
      const wait = Number(
        await ADMIT(redis, keys, [
          options.perSecond,
          pdus,
          WINDOW_MS,
          `${takerId}:${admissions++}`,
          ...recorded,
        ]),
      );
      if (wait < 0) return false;
      if (wait === 0) return true;
      await sleep(wait);
    }
  };
  const lane = (horizonMs: number): RateLimiter => {
    const reserve = async (count: number) => {
      let left = Math.max(1, count);
      while (left > 0) {
        const slots = Math.min(left, burst);
        const [granted, ms] = (await RESERVE(redis, [key], [interval, slots, horizonMs])) as [number, string];
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
