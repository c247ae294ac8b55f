import { randomBytes } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";

import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { ensureServices, type EnsuredServices } from "./ensure-services";
import { findRedisServer } from "./find-redis-server";
import { isRoot } from "./is-root";
import { probeRedis } from "./probe-redis";

// The servers this machine runs (CI runs them too); vitest.config.ts points DATABASE_URL at the test database.
const RUNNING = {
  databaseUrl: process.env.DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres",
  redisUrl: process.env.REDIS_URL ?? "redis://127.0.0.1:6379",
};
// Port 1 (tcpmux) is never served here: connections are refused at once.
const UNREACHABLE = {
  databaseUrl: "postgresql://postgres@127.0.0.1:1/postgres",
  redisUrl: "redis://127.0.0.1:1",
};

async function queryCurrentDatabase(url: string): Promise<{ database: string; version: string }> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  await client.connect();
  try {
    const result = await client.query<{ database: string; version: string }>(
      "SELECT current_database() AS database, current_setting('server_version') AS version",
    );
    const [row] = result.rows;
    if (!row) throw new Error("no row");
    return row;
  } finally {
    await client.end();
  }
}

async function postgresConnectError(url: string): Promise<string | undefined> {
  try {
    await queryCurrentDatabase(url);
    return undefined;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code;
  }
}

describe("ensureServices with PostgreSQL and Redis running", () => {
  const database = `ensure_services_${randomBytes(4).toString("hex")}`;

  afterAll(async () => {
    const client = new pg.Client({ connectionString: RUNNING.databaseUrl });
    await client.connect();
    await client.query(`DROP DATABASE IF EXISTS ${client.escapeIdentifier(database)} WITH (FORCE)`);
    await client.end();
  });

  it("uses them, creating the named database, and stop() leaves them running", async () => {
    const log: string[] = [];
    const services = await ensureServices({
      ...RUNNING,
      database,
      dataDir: ".data/unused",
      log: (l) => log.push(l),
    });

    expect(new URL(services.databaseUrl).port).toBe(new URL(RUNNING.databaseUrl).port || "5432");
    expect((await queryCurrentDatabase(services.databaseUrl)).database).toBe(database);
    expect(services.redisUrl).toBe(RUNNING.redisUrl);
    expect(await probeRedis(services.redisUrl)).toEqual({ reachable: true });
    expect(log).toContain(`PostgreSQL: created database ${database}`);

    await services.stop();
    expect((await queryCurrentDatabase(services.databaseUrl)).database).toBe(database);
    expect(await probeRedis(services.redisUrl)).toEqual({ reachable: true });
  }, 30_000);

  it("rejects a database name that would need quoting", async () => {
    await expect(
      ensureServices({ ...RUNNING, database: "Campaigns-Test", dataDir: ".data/unused" }),
    ).rejects.toThrow(/invalid database name "Campaigns-Test"/);
  });
});

// Runs wherever a redis-server exists or can be installed (as root), which
// includes CI; the embedded PostgreSQL needs nothing but node_modules.
const canStartRedis = isRoot() || (await findRedisServer()) !== undefined;

describe.runIf(canStartRedis)(
  "ensureServices with nothing reachable (embedded PostgreSQL, redis-server)",
  () => {
    let dataDir: string;
    const running: EnsuredServices[] = [];

    async function start(log: string[]): Promise<EnsuredServices> {
      const services = await ensureServices({
        ...UNREACHABLE,
        database: "fallback_test",
        dataDir,
        log: (l) => log.push(l),
      });
      running.push(services);
      return services;
    }

    beforeAll(async () => {
      dataDir = await mkdtemp(path.join(tmpdir(), "ensure-services-"));
    });

    afterAll(async () => {
      await Promise.allSettled(running.map((services) => services.stop()));
      await rm(dataDir, { recursive: true, force: true });
    });

    it("initialises and starts both, and stop() shuts both down", async () => {
      const log: string[] = [];
      const services = await start(log);

      expect(await queryCurrentDatabase(services.databaseUrl)).toEqual({
        database: "fallback_test",
        version: "18.4",
      });
      expect(await probeRedis(services.redisUrl)).toEqual({ reachable: true });
      expect(log.join("\n")).toMatch(
        /PostgreSQL: not reachable at .*:1\/postgres .*starting embedded PostgreSQL in /,
      );
      expect(log.join("\n")).toMatch(/PostgreSQL: initialised a new cluster in /);
      expect(log.join("\n")).toMatch(
        /Redis: not reachable at redis:\/\/127\.0\.0\.1:1 .*starting redis-server in /,
      );

      await services.stop();
      expect(await postgresConnectError(services.databaseUrl)).toBe("ECONNREFUSED");
      expect(await probeRedis(services.redisUrl)).toMatchObject({ reachable: false, reason: /ECONNREFUSED/ });
    }, 120_000);

    it("restarts from the existing data directory, and a second caller reuses the running PostgreSQL", async () => {
      const firstLog: string[] = [];
      const first = await start(firstLog);
      expect(firstLog.join("\n")).not.toMatch(/initialised/);
      expect(firstLog.join("\n")).toMatch(/PostgreSQL: embedded server started on port \d+/);

      const secondLog: string[] = [];
      const second = await start(secondLog);
      expect(second.databaseUrl).toBe(first.databaseUrl);
      expect(secondLog.join("\n")).toMatch(/reusing the embedded PostgreSQL already running/);

      // The second caller did not start PostgreSQL, so its stop() leaves it to the first.
      await second.stop();
      expect((await queryCurrentDatabase(first.databaseUrl)).database).toBe("fallback_test");

      await first.stop();
      expect(await postgresConnectError(first.databaseUrl)).toBe("ECONNREFUSED");
      expect(await probeRedis(first.redisUrl)).toMatchObject({ reachable: false });
    }, 120_000);
  },
);
