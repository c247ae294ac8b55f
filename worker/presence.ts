import { hostname } from "node:os";
import type { Redis } from "ioredis";
import { redisKey } from "@/lib/redis";

const TTL_SECONDS = 15;
const REFRESH_MS = 5_000;

/**
 * Each running worker keeps a short-lived key in Redis, so operators (and
 * tests) can see which workers are alive without any process memory shared.
 */
export function startPresence(redis: Redis, info: { workerId: string; queues: string[] }) {
  const key = redisKey("workers", info.workerId);
  const value = JSON.stringify({
    ...info,
    pid: process.pid,
    host: hostname(),
    startedAt: new Date().toISOString(),
  });
  const refresh = () => redis.set(key, value, "EX", TTL_SECONDS);
  const timer = setInterval(() => void refresh().catch(() => undefined), REFRESH_MS);
  timer.unref();
  return {
    key,
    ready: refresh(),
    async stop(): Promise<void> {
      clearInterval(timer);
      await redis.del(key);
    },
  };
}
