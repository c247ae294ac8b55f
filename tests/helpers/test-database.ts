import { Client } from "pg";

/** The maintenance database of the server that holds `databaseUrl`. */
export function maintenanceUrl(databaseUrl: string): string {
  const url = new URL(databaseUrl);
  url.pathname = "/postgres";
  return url.toString();
}

export function withDatabaseName(databaseUrl: string, name: string): string {
  const url = new URL(databaseUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

const SAFE_NAME = /^[a-z_][a-z0-9_]*$/;

/** Creates an empty database; names are checked because identifiers cannot be bound as parameters. */
export async function createDatabase(databaseUrl: string, name: string): Promise<string> {
  if (!SAFE_NAME.test(name)) throw new Error(`Unsafe database name: ${name}`);
  const client = new Client({ connectionString: maintenanceUrl(databaseUrl) });
  await client.connect();
  try {
    const exists = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
    if (exists.rowCount === 0) await client.query(`CREATE DATABASE "${name}"`);
  } finally {
    await client.end();
  }
  return withDatabaseName(databaseUrl, name);
}

export async function dropDatabase(databaseUrl: string, name: string): Promise<void> {
  if (!SAFE_NAME.test(name)) throw new Error(`Unsafe database name: ${name}`);
  const client = new Client({ connectionString: maintenanceUrl(databaseUrl) });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  } finally {
    await client.end();
  }
}
