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
