import { createHash } from "node:crypto";
import { Redis } from "ioredis";
import { config } from "@/lib/config";

/**
 * A new connection. BullMQ needs maxRetriesPerRequest: null on the
 * connections it blocks on; plain commands elsewhere use the same setting so
 * a Redis restart delays them instead of failing them.
 */
export function createRedis(name: string): Redis {
  return new Redis(config.REDIS_URL, {
    maxRetriesPerRequest: null,
    connectionName: `${config.REDIS_PREFIX}:${name}`,
  });
}

/** Key in this installation's namespace. */
export function redisKey(...parts: string[]): string {
  return [config.REDIS_PREFIX, ...parts].join(":");
}

const globalForRedis = globalThis as unknown as { smsRedis?: Redis };

/** Shared connection for short commands (rate limits, counters, publishing). */
export function getRedis(): Redis {
  globalForRedis.smsRedis ??= createRedis("shared");
  return globalForRedis.smsRedis;
}

export type LuaScript = (
  redis: Redis,
  keys: readonly string[],
  args: ReadonlyArray<string | number>,
) => Promise<unknown>;

/**
 * A Lua script called by its SHA1 (EVALSHA): EVAL would send the whole text
 * and make Redis hash it on every call, which at thousands of calls a second
 * (the send path's rate limiter) cost more than the script itself. The text
 * is sent once per server, when Redis answers that it does not know it.
 */
export function luaScript(lua: string): LuaScript {
  const sha = createHash("sha1").update(lua).digest("hex");
  return async (redis, keys, args) => {
    try {
      return await redis.evalsha(sha, keys.length, ...keys, ...args);
    } catch (error) {
      if (!(error instanceof Error) || !error.message.startsWith("NOSCRIPT")) throw error;
      return redis.eval(lua, keys.length, ...keys, ...args);
    }
  };
}
