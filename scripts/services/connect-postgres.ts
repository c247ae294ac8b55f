import pg from "pg";

import { withDatabase } from "./database-url";
import { describeError } from "./service-error";

const CONNECT_TIMEOUT_MS = 3000;

// Socket-level failures: nothing answered at that address. Anything else (bad
// password, missing role, TLS mismatch) means a server is there but refuses us,
// which must be reported rather than papered over with an embedded server.
const UNREACHABLE_CODES = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "ETIMEDOUT",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "ENOTFOUND",
  "EAI_AGAIN",
  "EADDRNOTAVAIL",
]);

export type MaintenanceConnection =
  { reachable: true; client: pg.Client } | { reachable: false; reason: string };

/**
 * Connects to the maintenance database (`postgres`, else `template1`) of the
 * server `url` points at. Throws when a server answers but refuses the connection.
 */
export async function connectToMaintenanceDatabase(url: string): Promise<MaintenanceConnection> {
  try {
    return { reachable: true, client: await connect(withDatabase(url, "postgres")) };
  } catch (error) {
    if (isUnreachable(error)) return { reachable: false, reason: describeError(error) };
    // 3D000: the server has no "postgres" database; template1 always exists.
    if (sqlStateOf(error) !== "3D000") throw error;
    return { reachable: true, client: await connect(withDatabase(url, "template1")) };
  }
}

async function connect(connectionString: string): Promise<pg.Client> {
  const client = new pg.Client({ connectionString, connectionTimeoutMillis: CONNECT_TIMEOUT_MS });
  // A server going away later emits "error" on the client; without a listener
  // that would crash the process instead of failing the current query.
  client.on("error", () => {});
  try {
    await client.connect();
    return client;
  } catch (error) {
    await client.end().catch(() => {});
    throw error;
  }
}

function isUnreachable(error: unknown): boolean {
  if (error instanceof AggregateError) return error.errors.every(isUnreachable);
  if (!(error instanceof Error)) return false;
  const code = (error as NodeJS.ErrnoException).code;
  if (code !== undefined && UNREACHABLE_CODES.has(code)) return true;
  // pg's own connect timeout carries no code.
  return /timeout/i.test(error.message);
}

/** The SQLSTATE of an error the server sent (pg puts it in `code`). */
export function sqlStateOf(error: unknown): string | undefined {
  const code = error instanceof Error ? (error as NodeJS.ErrnoException).code : undefined;
  return typeof code === "string" ? code : undefined;
}
