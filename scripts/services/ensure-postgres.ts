import path from "node:path";

import type pg from "pg";

import { connectToMaintenanceDatabase, type MaintenanceConnection } from "./connect-postgres";
import { assertValidDatabaseName, createDatabaseIfMissing } from "./create-database";
import { withDatabase } from "./database-url";
import { displayPath } from "./display-path";
import { redactUrl } from "./redact-url";
import { describeError, ServiceUnavailableError } from "./service-error";
import { startEmbeddedPostgres } from "./start-embedded-postgres";
import { foundService, type ProvidedService, type ServiceLog } from "./types";

export interface EnsurePostgresOptions {
  databaseUrl: string;
  database: string;
  dataDir: string;
  log: ServiceLog;
}

/**
 * A PostgreSQL URL for `database`: on the server `databaseUrl` points at when it
 * answers, else on an embedded server with its data in `<dataDir>/postgres`.
 * The database is created when missing.
 */
export async function ensurePostgres(options: EnsurePostgresOptions): Promise<ProvidedService> {
  const { databaseUrl, database, log } = options;
  assertValidDatabaseName(database);

  const connection = await connectOrExplain(databaseUrl);
  if (connection.reachable) {
    const url = withDatabase(databaseUrl, database);
    await createDatabase(connection.client, url, database, log);
    log(`PostgreSQL: using ${redactUrl(url)}`);
    return foundService(url);
  }

  const clusterDir = path.join(options.dataDir, "postgres");
  log(
    `PostgreSQL: not reachable at ${redactUrl(databaseUrl)} (${connection.reason}), ` +
      `starting embedded PostgreSQL in ${displayPath(clusterDir)}`,
  );
  let server: ProvidedService;
  try {
    server = await startEmbeddedPostgres(clusterDir, log);
  } catch (error) {
    throw new ServiceUnavailableError(
      "PostgreSQL",
      `PostgreSQL is not reachable at ${redactUrl(databaseUrl)} and the embedded PostgreSQL failed to start: ${describeError(error)}`,
      { cause: error },
    );
  }

  const url = withDatabase(server.url, database);
  try {
    const embedded = await connectOrExplain(server.url);
    if (!embedded.reachable) {
      throw new ServiceUnavailableError(
        "PostgreSQL",
        `the embedded PostgreSQL started but then stopped answering: ${embedded.reason}`,
      );
    }
    await createDatabase(embedded.client, url, database, log);
  } catch (error) {
    await server.stop().catch(() => {});
    throw error;
  }
  log(`PostgreSQL: using ${redactUrl(url)}`);
  return { ...server, url };
}

async function connectOrExplain(serverUrl: string): Promise<MaintenanceConnection> {
  try {
    return await connectToMaintenanceDatabase(serverUrl);
  } catch (error) {
    throw new ServiceUnavailableError(
      "PostgreSQL",
      `PostgreSQL at ${redactUrl(serverUrl)} answered but refused the connection: ${describeError(error)}. ` +
        `Fix DATABASE_URL (user, password, TLS), or point it at an unused port to get an embedded PostgreSQL.`,
      { cause: error },
    );
  }
}

/** Creates the database if missing, then closes the maintenance connection. */
async function createDatabase(
  client: pg.Client,
  url: string,
  database: string,
  log: ServiceLog,
): Promise<void> {
  try {
    if (await createDatabaseIfMissing(client, database)) log(`PostgreSQL: created database ${database}`);
  } catch (error) {
    throw new ServiceUnavailableError(
      "PostgreSQL",
      `PostgreSQL is reachable but database "${database}" could not be created for ${redactUrl(url)}: ${describeError(error)}`,
      { cause: error },
    );
  } finally {
    await client.end().catch(() => {});
  }
}
