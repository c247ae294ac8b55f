/** `url` with its path (the database name) replaced; user, password and query are kept. */
export function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

/** A PostgreSQL URL for a server on the loopback interface. */
export function localPostgresUrl(port: number, database: string): string {
  return `postgresql://postgres:postgres@127.0.0.1:${port}/${database}`;
}
