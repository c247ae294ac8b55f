import type { Redis } from "ioredis";
import { luaScript, redisKey } from "@/lib/redis";

/**
 * GCRA: each request moves the key's theoretical arrival time (TAT) one
 * interval on; a request is refused when that would put the TAT more than
 * `burst` intervals ahead of now. Answers allowed, remaining requests, and
 * milliseconds until the next request is allowed (refused) or until the
 * whole burst is available again (allowed).
 */
const TAKE = luaScript(`
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + tonumber(t[2]) / 1000
local interval = tonumber(ARGV[1])
local burst = tonumber(ARGV[2])
local tat = tonumber(redis.call('GET', KEYS[1]) or '0')
if tat < now then tat = now end
local nextTat = tat + interval
local ahead = nextTat - now
if ahead > burst * interval then
  return {0, 0, tostring(ahead - burst * interval)}
end
redis.call('SET', KEYS[1], tostring(nextTat), 'PX', math.ceil(ahead) + 1000)
return {1, math.floor((burst * interval - ahead) / interval), tostring(ahead)}
`);

export type RateLimitDecision = {
  allowed: boolean;
  /** The burst: how many requests may come at once. */
  limit: number;
  remaining: number;
  /** Refused: ms until a request is allowed; allowed: ms until the full burst is back. */
  waitMs: number;
};

export type RateLimitOptions = { perSecond: number; burst: number };

/** Takes one request from an API key's allowance, shared by every web process through Redis. */
export async function takeRateLimit(
  redis: Redis,
  apiKeyId: string,
  options: RateLimitOptions,
): Promise<RateLimitDecision> {
  const interval = 1000 / options.perSecond;
  const [allowed, remaining, waitMs] = (await TAKE(
    redis,
    [redisKey("api-rate", apiKeyId)],
    [interval, options.burst],
  )) as [number, number, string];
  return { allowed: allowed === 1, limit: options.burst, remaining, waitMs: Number(waitMs) };
}

/** RateLimit-* headers (IETF draft) and, when refused, Retry-After in whole seconds (at least 1). */
export function rateLimitHeaders(decision: RateLimitDecision): Record<string, string> {
  const seconds = Math.max(1, Math.ceil(decision.waitMs / 1000));
  const headers: Record<string, string> = {
    "RateLimit-Limit": String(decision.limit),
    "RateLimit-Remaining": String(decision.remaining),
    "RateLimit-Reset": String(decision.allowed ? Math.ceil(decision.waitMs / 1000) : seconds),
  };
  if (!decision.allowed) headers["Retry-After"] = String(seconds);
  return headers;
}
