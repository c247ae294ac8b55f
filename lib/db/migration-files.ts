import { createHash } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";

export type MigrationFile = { name: string; sql: string; checksum: string };

/** Prisma's folder format: <14-digit timestamp>_<snake_case_name>/migration.sql */
const MIGRATION_NAME = /^\d{14}_[a-z0-9_]+$/;

export function checksumOf(sql: string): string {
  // Line endings are normalised so a checkout with CRLF does not count as an edit.
  return createHash("sha256").update(sql.replace(/\r\n/g, "\n")).digest("hex");
}

/** Reads every migration folder, sorted by name (so by timestamp). */
export async function readMigrationFiles(directory: string): Promise<MigrationFile[]> {
  const entries = await readdir(directory, { withFileTypes: true });
  const folders = entries
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
  const files: MigrationFile[] = [];
  for (const name of folders) {
    if (!MIGRATION_NAME.test(name)) {
      throw new Error(`Migration folder "${name}" is not named <YYYYMMDDHHMMSS>_<name> (lower case).`);
    }
    const sql = await readFile(join(directory, name, "migration.sql"), "utf8");
    files.push({ name, sql, checksum: checksumOf(sql) });
  }
  return files;
}
