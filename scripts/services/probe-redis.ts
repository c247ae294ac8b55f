import { Redis } from "ioredis";

import { describeError } from "./service-error";

export type RedisProbe = { reachable: true } | { reachable: false; reason: string };

/**
 * Connects once and sends PING. Throws when a server answers with an error
 * (wrong password, NOAUTH): that is a configuration problem to report, not a
 * reason to start a Redis of our own.
 */
export async function probeRedis(url: string, connectTimeoutMs = 2000): Promise<RedisProbe> {
  const client = new Redis(url, {
    lazyConnect: true,
    connectTimeout: connectTimeoutMs,
    maxRetriesPerRequest: 0,
    // One attempt only: the caller decides whether and how often to retry.
    retryStrategy: () => null,
    enableOfflineQueue: false,
  });
  let socketError: unknown;
  // Connection errors also arrive as events; without a listener ioredis prints them.
  client.on("error", (error: unknown) => {
    socketError ??= error;
  });
  try {
    await client.connect();
    await client.ping();
    return { reachable: true };
  } catch (error) {
    if (isReplyError(error)) throw error;
    return { reachable: false, reason: describeError(socketError ?? error) };
  } finally {
    client.disconnect();
  }
}

// ioredis exports ReplyError typed as `any`, so match on the name instead of instanceof.
function isReplyError(error: unknown): boolean {
  return error instanceof Error && error.name === "ReplyError";
}
