import { fileURLToPath } from "node:url";
import { config } from "@/lib/config";
import { migrateDatabase } from "@/lib/db/migrate";

export const MIGRATIONS_DIR = fileURLToPath(new URL("../prisma/migrations", import.meta.url));

export async function migrate(databaseUrl: string = config.DATABASE_URL): Promise<void> {
  const result = await migrateDatabase({
    databaseUrl,
    migrationsDir: MIGRATIONS_DIR,
    log: (message) => console.log(`migrate: ${message}`),
  });
  console.log(`migrate: ${result.applied.length} applied, ${result.alreadyApplied} already applied`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  migrate().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
