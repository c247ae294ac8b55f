import path from "node:path";

import { displayPath } from "./display-path";
import { findOrInstallRedisServer } from "./find-redis-server";
import { probeRedis } from "./probe-redis";
import { redactUrl } from "./redact-url";
import { describeError, ServiceUnavailableError } from "./service-error";
import { startRedisServer } from "./start-redis-server";
import { foundService, type ProvidedService, type ServiceLog } from "./types";

export interface EnsureRedisOptions {
  redisUrl: string;
  dataDir: string;
  log: ServiceLog;
}

/** The Redis at `redisUrl` when it answers PING, else a redis-server started here with `<dataDir>/redis` as its directory. */
export async function ensureRedis(options: EnsureRedisOptions): Promise<ProvidedService> {
  const { redisUrl, log } = options;
  let probe: Awaited<ReturnType<typeof probeRedis>>;
  try {
    probe = await probeRedis(redisUrl);
  } catch (error) {
    throw new ServiceUnavailableError(
      "Redis",
      `Redis at ${redactUrl(redisUrl)} answered but refused: ${describeError(error)}. Fix REDIS_URL (password, database).`,
      { cause: error },
    );
  }
  if (probe.reachable) {
    log(`Redis: using ${redactUrl(redisUrl)}`);
    return foundService(redisUrl);
  }

  const workDir = path.join(options.dataDir, "redis");
  log(
    `Redis: not reachable at ${redactUrl(redisUrl)} (${probe.reason}), starting redis-server in ${displayPath(workDir)}`,
  );
  const binary = await findOrInstallRedisServer(redisUrl, log);
  let server: ProvidedService;
  try {
    server = await startRedisServer(binary, workDir);
  } catch (error) {
    throw new ServiceUnavailableError(
      "Redis",
      `Redis is not reachable at ${redactUrl(redisUrl)} and ${binary} failed to start: ${describeError(error)}`,
      { cause: error },
    );
  }
  log(`Redis: using ${server.url} (started here)`);
  return server;
}
