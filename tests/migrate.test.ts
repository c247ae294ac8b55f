import { cp, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { Client } from "pg";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { migrateDatabase } from "@/lib/db/migrate";
import { createDatabase, dropDatabase } from "./helpers/test-database";

const serverUrl = process.env.DATABASE_URL!;
const projectMigrations = fileURLToPath(new URL("../prisma/migrations", import.meta.url));

async function tableNames(databaseUrl: string): Promise<string[]> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ table_name: string }>(
      `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY table_name`,
    );
    return rows.map((row) => row.table_name);
  } finally {
    await client.end();
  }
}

describe("migrateDatabase", () => {
  let name: string;
  let databaseUrl: string;
  let migrationsDir: string;

  beforeEach(async () => {
    name = `migrate_test_${Date.now()}_${Math.floor(Math.random() * 1e6)}`;
    databaseUrl = await createDatabase(serverUrl, name);
    migrationsDir = await mkdtemp(join(tmpdir(), "migrations-"));
    await cp(projectMigrations, migrationsDir, { recursive: true });
  });

  afterEach(async () => {
    await dropDatabase(serverUrl, name);
    await rm(migrationsDir, { recursive: true, force: true });
  });

  it("applies every migration to an empty database", async () => {
    const result = await migrateDatabase({ databaseUrl, migrationsDir });
    expect(result.applied).toContain("20261125120000_init");
    expect(result.alreadyApplied).toBe(0);
    const tables = await tableNames(databaseUrl);
    expect(tables).toEqual(expect.arrayContaining(["_migrations", "organizations", "contacts", "messages"]));
  });

  it("does nothing on a second run", async () => {
    const first = await migrateDatabase({ databaseUrl, migrationsDir });
    const second = await migrateDatabase({ databaseUrl, migrationsDir });
    expect(second.applied).toEqual([]);
    expect(second.alreadyApplied).toBe(first.applied.length);
  });

  it("applies each migration once when two processes start at the same time", async () => {
    const results = await Promise.all([
      migrateDatabase({ databaseUrl, migrationsDir }),
      migrateDatabase({ databaseUrl, migrationsDir }),
    ]);
    const appliedTotal = results.flatMap((result) => result.applied);
    expect(appliedTotal.filter((m) => m === "20261125120000_init")).toHaveLength(1);
  });

  it("refuses to start when an applied migration's file has changed", async () => {
    await migrateDatabase({ databaseUrl, migrationsDir });
    await writeFile(join(migrationsDir, "20261125120000_init", "migration.sql"), "-- edited\n");
    await expect(migrateDatabase({ databaseUrl, migrationsDir })).rejects.toThrow(
      /"20261125120000_init" was changed after it was applied/,
    );
  });

  it("rolls back a failing migration and records nothing for it", async () => {
    await migrateDatabase({ databaseUrl, migrationsDir });
    const broken = join(migrationsDir, "29991231000000_broken");
    await cp(join(migrationsDir, "20261125120000_init"), broken, { recursive: true });
    await writeFile(
      join(broken, "migration.sql"),
      `CREATE TABLE "half_done" (id int);\nSELECT * FROM no_such_table;\n`,
    );
    await expect(migrateDatabase({ databaseUrl, migrationsDir })).rejects.toThrow(
      /Migration "29991231000000_broken" failed and was rolled back/,
    );
    expect(await tableNames(databaseUrl)).not.toContain("half_done");
    const again = await migrateDatabase({ databaseUrl, migrationsDir }).catch(
      (error: Error) => error.message,
    );
    expect(again).toMatch(/29991231000000_broken/);
  });
});
