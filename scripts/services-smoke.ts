/**
 * Shows both ways ensureServices provides PostgreSQL and Redis:
 *
 *   tsx scripts/services-smoke.ts              # both paths
 *   tsx scripts/services-smoke.ts --found      # the servers at DATABASE_URL / REDIS_URL
 *   tsx scripts/services-smoke.ts --fallback   # unreachable URLs: embedded PostgreSQL + redis-server
 *
 * The fallback keeps its data in .data/services-smoke, so a second run shows a
 * warm start (no initdb). Exits non-zero if anything does not answer.
 */
import { parseArgs } from "node:util";

import { Redis } from "ioredis";
import pg from "pg";

import { ensureServices } from "./services/ensure-services";
import { probeRedis } from "./services/probe-redis";

const { values } = parseArgs({ options: { found: { type: "boolean" }, fallback: { type: "boolean" } } });
const runAll = !values.found && !values.fallback;

const UNREACHABLE = {
  databaseUrl: "postgresql://postgres@127.0.0.1:1/postgres",
  redisUrl: "redis://127.0.0.1:1",
};
const FOUND = {
  databaseUrl: process.env.DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres",
  redisUrl: process.env.REDIS_URL ?? "redis://127.0.0.1:6379",
};

if (runAll || values.found) await demonstrate("found", FOUND);
if (runAll || values.fallback) await demonstrate("fallback", UNREACHABLE);

async function demonstrate(name: string, urls: { databaseUrl: string; redisUrl: string }): Promise<void> {
  console.log(`\n== ${name}`);
  const began = performance.now();
  const services = await ensureServices({
    ...urls,
    database: "services_smoke",
    dataDir: ".data/services-smoke",
    log: (line) => console.log(`  ${elapsed(began)}  ${line}`),
  });
  console.log(`  ready in ${elapsed(began)}`);
  try {
    console.log(`  PostgreSQL answers: ${await describePostgres(services.databaseUrl)}`);
    console.log(`  Redis answers: ${await describeRedis(services.redisUrl)}`);
  } finally {
    const stopping = performance.now();
    await services.stop();
    console.log(`  stop() took ${elapsed(stopping)}`);
  }
  const redisAfter = await probeRedis(services.redisUrl);
  const postgresAfter = await describePostgres(services.databaseUrl).catch((error: Error) => error.message);
  console.log(
    `  after stop(): PostgreSQL ${postgresAfter}; Redis ${redisAfter.reachable ? "still up" : redisAfter.reason}`,
  );
}

async function describePostgres(url: string): Promise<string> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  await client.connect();
  try {
    const result = await client.query<{ database: string; version: string }>(
      "SELECT current_database() AS database, current_setting('server_version') AS version",
    );
    const row = result.rows[0];
    return `database ${row?.database}, server ${row?.version}`;
  } finally {
    await client.end();
  }
}

async function describeRedis(url: string): Promise<string> {
  const client = new Redis(url, { maxRetriesPerRequest: 0 });
  try {
    const pong = await client.ping();
    const version = /redis_version:(\S+)/.exec(await client.info("server"))?.[1];
    return `${pong}, server ${version}`;
  } finally {
    client.disconnect();
  }
}

function elapsed(since: number): string {
  return `${((performance.now() - since) / 1000).toFixed(2)} s`;
}
