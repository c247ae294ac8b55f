import { letPostgresUserReach, prepareClusterDirectory } from "./cluster-directory";
import { connectToMaintenanceDatabase, sqlStateOf } from "./connect-postgres";
import { localPostgresUrl } from "./database-url";
import { displayPath } from "./display-path";
import { findFreePort } from "./free-port";
import { isRoot } from "./is-root";
import { loadEmbeddedPostgres } from "./load-embedded-postgres";
import { OutputTail } from "./output-tail";
import { findPostgresBinary } from "./postgres-binary";
import { postgresUserIds } from "./postgres-os-user";
import { isPostgresAlive, isProcessAlive, readPostmasterPid, removePostmasterPid } from "./postmaster-pid";
import { spawnServer } from "./server-process";
import { sharedMemoryFlags } from "./shared-memory";
import { foundService, type ProvidedService, type ServiceLog } from "./types";
import { pollUntil } from "./wait-for";

const PREFERRED_PORT = 54329;
const READY_TIMEOUT_MS = 60_000;
const STOP_TIMEOUT_MS = 30_000;
const SETTLE_TIMEOUT_MS = 15_000;
const PASSWORD = "postgres";

const INITDB_FLAGS = [
  // PostgreSQL 17+'s builtin provider gives Unicode-aware upper()/lower() and
  // code-point ordering without depending on which OS locales are installed
  // (a fresh Debian has only C and C.utf8; an unset LANG would mean SQL_ASCII).
  "--encoding=UTF8",
  "--locale=C",
  "--locale-provider=builtin",
  "--builtin-locale=C.UTF-8",
];

const SERVER_FLAGS = [
  ...["-c", "listen_addresses=127.0.0.1"],
  // No Unix socket: clients use TCP, and /tmp/.s.PGSQL.<port> could clash with a system server.
  ...["-c", "unix_socket_directories="],
];

/**
 * Starts (and the first time, initialises) a PostgreSQL cluster in `clusterDir`
 * from the embedded-postgres binaries. Returns the URL of its `postgres` database.
 *
 * A server already running from `clusterDir` (left by a killed orchestrator, or
 * started by a parallel run) is reused and left running: PostgreSQL would refuse
 * to start a second one on the same directory anyway.
 */
export async function startEmbeddedPostgres(clusterDir: string, log: ServiceLog): Promise<ProvidedService> {
  const running = await findRunningServer(clusterDir, log);
  if (running) {
    log(
      `PostgreSQL: reusing the embedded PostgreSQL already running from ${displayPath(clusterDir)} (pid ${running.pid})`,
    );
    return foundService(running.url);
  }

  const initialised = await prepareClusterDirectory(clusterDir, log);
  const binary = await findPostgresBinary();
  await letPostgresUserReach(clusterDir, log);
  await letPostgresUserReach(binary, log);
  if (!initialised) {
    const began = Date.now();
    await initialiseCluster(clusterDir);
    log(`PostgreSQL: initialised a new cluster in ${displayPath(clusterDir)} (${secondsSince(began)})`);
  }

  const began = Date.now();
  const port = await findFreePort(PREFERRED_PORT);
  const url = localPostgresUrl(port, "postgres");
  // embedded-postgres's own start() is not used: it spawns the server in our
  // process group (so a terminal's Ctrl+C would stop the database before the
  // workers finish) and detects readiness by matching English log text.
  const server = spawnServer(
    binary,
    ["-D", clusterDir, "-p", String(port), ...SERVER_FLAGS, ...(await sharedMemoryFlags(log))],
    // SIGINT is PostgreSQL's "fast shutdown": roll back open transactions, checkpoint, exit.
    { ...(await postgresUserIds()), stopSignal: "SIGINT" },
  );
  await server.waitUntilReady(
    () => acceptsConnections(url),
    `PostgreSQL to accept connections on port ${port}`,
    READY_TIMEOUT_MS,
  );
  log(`PostgreSQL: embedded server started on port ${port} (${secondsSince(began)})`);

  let stopping: Promise<void> | undefined;
  return {
    url,
    startedHere: true,
    stop: () => (stopping ??= server.stop(STOP_TIMEOUT_MS)),
    stopNow: () => server.stopNow(),
  };
}

/**
 * initdb through embedded-postgres, which as root also creates the `postgres` OS
 * user when missing and gives it the directory.
 */
async function initialiseCluster(clusterDir: string): Promise<void> {
  const EmbeddedPostgres = await loadEmbeddedPostgres();
  const output = new OutputTail();
  const cluster = new EmbeddedPostgres({
    databaseDir: clusterDir,
    user: "postgres",
    password: PASSWORD,
    authMethod: "scram-sha-256",
    createPostgresUser: isRoot(),
    initdbFlags: INITDB_FLAGS,
    onLog: (message) => output.push(message),
    onError: (error) => output.push(error),
  });
  try {
    await cluster.initialise();
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`initdb failed: ${reason}${output.format()}`, { cause: error });
  }
}

async function acceptsConnections(url: string): Promise<boolean> {
  let connection: Awaited<ReturnType<typeof connectToMaintenanceDatabase>>;
  try {
    connection = await connectToMaintenanceDatabase(url);
  } catch (error) {
    // 57P03: "the database system is starting up" (or shutting down). Anything
    // else, such as a password mismatch, will not get better by waiting.
    if (sqlStateOf(error) === "57P03") return false;
    throw error;
  }
  if (!connection.reachable) return false;
  await connection.client.end();
  return true;
}

async function findRunningServer(
  clusterDir: string,
  log: ServiceLog,
): Promise<{ pid: number; url: string } | undefined> {
  const lock = await readPostmasterPid(clusterDir);
  if (!lock) return undefined;
  if (!isPostgresAlive(lock.pid)) {
    if (isProcessAlive(lock.pid)) {
      log(`PostgreSQL: removing a stale postmaster.pid (pid ${lock.pid} is now another program)`);
      await removePostmasterPid(clusterDir);
    }
    return undefined; // PostgreSQL clears a lock file naming a dead process itself
  }
  const url = localPostgresUrl(lock.port, "postgres");
  // A server that is still starting up or shutting down (a quick restart after
  // the exit hook's SIGINT) answers, or goes away, within seconds.
  try {
    await pollUntil(async () => !isPostgresAlive(lock.pid) || (await acceptsConnections(url)), {
      what: `the PostgreSQL server with pid ${lock.pid} to answer or exit`,
      timeoutMs: SETTLE_TIMEOUT_MS,
    });
  } catch {
    throw new Error(
      `${clusterDir}/postmaster.pid names PostgreSQL process ${lock.pid}, which is alive but does not answer on port ${lock.port}`,
    );
  }
  return isPostgresAlive(lock.pid) ? { pid: lock.pid, url } : undefined;
}

function secondsSince(since: number): string {
  return `${((Date.now() - since) / 1000).toFixed(1)} s`;
}
