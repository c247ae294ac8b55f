import type { Client } from "pg";

// Lower-case only, so the name needs no quoting anywhere else (psql, Prisma URLs).
const DATABASE_NAME = /^[a-z_][a-z0-9_]*$/;
// PostgreSQL silently truncates longer identifiers.
const MAX_IDENTIFIER_LENGTH = 63;

export function assertValidDatabaseName(name: string): void {
  if (!DATABASE_NAME.test(name) || name.length > MAX_IDENTIFIER_LENGTH) {
    throw new Error(
      `invalid database name "${name}": use at most ${MAX_IDENTIFIER_LENGTH} characters from a-z, 0-9 and _, not starting with a digit`,
    );
  }
}

/** Creates the database unless it exists. Returns whether it was created. */
export async function createDatabaseIfMissing(client: Client, name: string): Promise<boolean> {
  assertValidDatabaseName(name);
  const existing = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
  if (existing.rowCount !== 0) return false;
  try {
    await client.query(`CREATE DATABASE ${client.escapeIdentifier(name)}`);
    return true;
  } catch (error) {
    // Another process (a parallel test run) created it between our check and CREATE.
    if (isPgError(error) && (error.code === "42P04" || error.code === "23505")) return false;
    throw error;
  }
}

function isPgError(error: unknown): error is Error & { code: string } {
  return error instanceof Error && typeof (error as { code?: unknown }).code === "string";
}
