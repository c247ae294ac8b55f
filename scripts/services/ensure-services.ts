import path from "node:path";

import { ensurePostgres } from "./ensure-postgres";
import { ensureRedis } from "./ensure-redis";
import { describeError } from "./service-error";
import { stopOnExit } from "./stop-on-exit";
import type { ProvidedService, ServiceLog } from "./types";

export { ServiceUnavailableError } from "./service-error";

export interface EnsureServicesOptions {
  /** Where PostgreSQL is expected; only its server part is used, the database is `database`. */
  databaseUrl: string;
  /** Where Redis is expected. */
  redisUrl: string;
  /** Database to use (created when missing): lower-case letters, digits and _. */
  database: string;
  /** Folder for the data of servers started here: `<dataDir>/postgres`, `<dataDir>/redis`. */
  dataDir: string;
  /** Receives short progress lines; silent by default. */
  log?: ServiceLog;
}

export interface EnsuredServices {
  databaseUrl: string;
  redisUrl: string;
  /** Stops the servers this call started (never ones it found running). Safe to call twice. */
  stop(): Promise<void>;
}

/**
 * Finds PostgreSQL and Redis, or starts them: an embedded PostgreSQL and a
 * redis-server child process. Servers started here are also stopped when the
 * process exits, and on SIGINT/SIGTERM/SIGHUP unless the program handles those
 * signals itself (then it must call `stop()` once its own shutdown is done).
 */
export async function ensureServices(options: EnsureServicesOptions): Promise<EnsuredServices> {
  const log = options.log ?? (() => {});
  const dataDir = path.resolve(options.dataDir);
  const withdrawals: Array<() => void> = [];
  // Each server is put under the exit hooks as soon as it is up, not when both are.
  const track = async (starting: Promise<ProvidedService>) => {
    const service = await starting;
    withdrawals.push(stopOnExit([service]));
    return service;
  };
  // Both are probed and, if need be, started in parallel: a cold start is dominated by initdb.
  const [postgres, redis] = await Promise.allSettled([
    track(ensurePostgres({ databaseUrl: options.databaseUrl, database: options.database, dataDir, log })),
    track(ensureRedis({ redisUrl: options.redisUrl, dataDir, log })),
  ]);
  const withdraw = () => withdrawals.forEach((withdrawOne) => withdrawOne());

  if (postgres.status === "rejected" || redis.status === "rejected") {
    const started = [postgres, redis].flatMap((result) =>
      result.status === "fulfilled" ? [result.value] : [],
    );
    await Promise.allSettled(started.map((service) => service.stop()));
    withdraw();
    throw combinedFailure([postgres, redis]);
  }

  const services = [postgres.value, redis.value];
  let stopping: Promise<void> | undefined;
  return {
    databaseUrl: postgres.value.url,
    redisUrl: redis.value.url,
    stop: () => (stopping ??= stopAll(services, withdraw)),
  };
}

async function stopAll(services: ProvidedService[], withdraw: () => void): Promise<void> {
  const results = await Promise.allSettled(services.map((service) => service.stop()));
  withdraw();
  const failures = results.flatMap((result) =>
    result.status === "rejected" ? [result.reason as unknown] : [],
  );
  if (failures.length > 0) {
    throw new Error(`stopping services failed: ${failures.map(describeError).join("; ")}`, {
      cause: failures[0],
    });
  }
}

function combinedFailure(results: PromiseSettledResult<ProvidedService>[]): Error {
  const errors = results.flatMap((result) =>
    result.status === "rejected" ? [result.reason as unknown] : [],
  );
  const [only] = errors;
  if (errors.length === 1) return only instanceof Error ? only : new Error(describeError(only));
  return new AggregateError(errors, errors.map(describeError).join("\n"));
}
