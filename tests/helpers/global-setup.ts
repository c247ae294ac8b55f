import { fileURLToPath } from "node:url";
import { migrateDatabase } from "../../lib/db/migrate";
import { createDatabase } from "./test-database";

/** Runs once before the integration tests: the test database exists and is migrated. */
export default async function setup(): Promise<void> {
  const databaseUrl = process.env.DATABASE_URL;
  if (!databaseUrl) throw new Error("DATABASE_URL is not set for the integration tests");
  const name = new URL(databaseUrl).pathname.slice(1);
  await createDatabase(databaseUrl, name);
  await migrateDatabase({
    databaseUrl,
    migrationsDir: fileURLToPath(new URL("../../prisma/migrations", import.meta.url)),
  });
}
