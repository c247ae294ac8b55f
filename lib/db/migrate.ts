import { Client } from "pg";
import { readMigrationFiles } from "./migration-files";
import { planMigrations, type AppliedMigration } from "./migration-plan";

/** Any constant works; it only has to be the same for every process of this app. */
const MIGRATION_LOCK_KEY = 7_302_114_551;

export type MigrateOptions = {
  databaseUrl: string;
  migrationsDir: string;
  log?: (message: string) => void;
};

export type MigrateResult = { applied: string[]; alreadyApplied: number };

/**
 * Applies each pending migration once, in its own transaction, under a
 * PostgreSQL advisory lock so two processes starting at once cannot both run
 * it. What ran is recorded in "_migrations" with the file's checksum.
 */
export async function migrateDatabase(options: MigrateOptions): Promise<MigrateResult> {
  const log = options.log ?? (() => undefined);
  const files = await readMigrationFiles(options.migrationsDir);
  const client = new Client({ connectionString: options.databaseUrl });
  await client.connect();
  try {
    await client.query("SELECT pg_advisory_lock($1)", [MIGRATION_LOCK_KEY]);
    await client.query(`
      CREATE TABLE IF NOT EXISTS "_migrations" (
        "name" TEXT PRIMARY KEY,
        "checksum" TEXT NOT NULL,
        "appliedAt" TIMESTAMPTZ NOT NULL DEFAULT now(),
        "durationMs" INTEGER NOT NULL
      )`);
    const { rows } = await client.query<AppliedMigration>(
      `SELECT "name", "checksum" FROM "_migrations" ORDER BY "name"`,
    );
    const { pending } = planMigrations(files, rows);
    const applied: string[] = [];
    for (const migration of pending) {
      const started = Date.now();
      await client.query("BEGIN");
      try {
        await client.query(migration.sql);
        await client.query(
          `INSERT INTO "_migrations" ("name", "checksum", "durationMs") VALUES ($1, $2, $3)`,
          [migration.name, migration.checksum, Date.now() - started],
        );
        await client.query("COMMIT");
      } catch (error) {
        await client.query("ROLLBACK");
        const reason = error instanceof Error ? error.message : String(error);
        throw new Error(`Migration "${migration.name}" failed and was rolled back: ${reason}`, {
          cause: error,
        });
      }
      applied.push(migration.name);
      log(`applied ${migration.name} in ${Date.now() - started} ms`);
    }
    return { applied, alreadyApplied: rows.length };
  } finally {
    // Ending the session releases the advisory lock even if unlocking fails.
    await client.query("SELECT pg_advisory_unlock($1)", [MIGRATION_LOCK_KEY]).catch(() => undefined);
    await client.end();
  }
}
