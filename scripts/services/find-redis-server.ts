import { constants } from "node:fs";
import { access } from "node:fs/promises";
import path from "node:path";

import { isRoot } from "./is-root";
import { redactUrl } from "./redact-url";
import { runCommand } from "./run-command";
import { describeError, ServiceUnavailableError } from "./service-error";
import type { ServiceLog } from "./types";

// Debian puts redis-server in /usr/bin; sbin and local are for other layouts.
// They are searched even when missing from PATH (sudo, cron and CI strip it).
const EXTRA_DIRS = ["/usr/bin", "/usr/sbin", "/usr/local/bin"];
const APT_GET = "/usr/bin/apt-get";

export async function findRedisServer(): Promise<string | undefined> {
  const dirs = [...(process.env.PATH ?? "").split(path.delimiter).filter(Boolean), ...EXTRA_DIRS];
  for (const dir of dirs) {
    const candidate = path.join(dir, "redis-server");
    if (await isExecutable(candidate)) return candidate;
  }
  return undefined;
}

/**
 * The redis-server binary, installed from Debian when missing and we are root.
 * Otherwise throws, saying what to install.
 */
export async function findOrInstallRedisServer(redisUrl: string, log: ServiceLog): Promise<string> {
  const found = await findRedisServer();
  if (found) return found;
  const unavailable = `Redis is not reachable at ${redactUrl(redisUrl)} and redis-server is not installed`;
  if (!isRoot()) {
    throw new ServiceUnavailableError(
      "Redis",
      `${unavailable}. Install it (Debian/Ubuntu: sudo apt-get install redis-server) or set REDIS_URL to a running Redis.`,
    );
  }
  if (!(await isExecutable(APT_GET))) {
    throw new ServiceUnavailableError(
      "Redis",
      `${unavailable}, and this is not a Debian-like system (no apt-get). Install Redis or set REDIS_URL to a running Redis.`,
    );
  }
  log("Redis: redis-server not found, installing the Debian package redis-server (apt-get)");
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  try {
    await runCommand(APT_GET, ["update"], env);
    await runCommand(APT_GET, ["install", "-y", "--no-install-recommends", "redis-server"], env);
  } catch (error) {
    const message = `${unavailable}, and installing it failed: ${describeError(error)}`;
    throw new ServiceUnavailableError("Redis", message, { cause: error });
  }
  const installed = await findRedisServer();
  if (installed) return installed;
  throw new ServiceUnavailableError(
    "Redis",
    `${unavailable}; apt-get installed redis-server but it is not on PATH`,
  );
}

async function isExecutable(file: string): Promise<boolean> {
  try {
    await access(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}
