import { mkdir } from "node:fs/promises";

import { findFreePort } from "./free-port";
import { probeRedis } from "./probe-redis";
import { spawnServer } from "./server-process";
import type { ProvidedService } from "./types";

const PREFERRED_PORT = 6390;
const READY_TIMEOUT_MS = 10_000;
const STOP_TIMEOUT_MS = 5_000;

/**
 * Starts `binary` on a free loopback port, working in `workDir`, and waits until
 * it answers PING. Nothing is persisted: the queue state of a throw-away Redis
 * is not worth the disk writes.
 */
export async function startRedisServer(binary: string, workDir: string): Promise<ProvidedService> {
  await mkdir(workDir, { recursive: true });
  const port = await findFreePort(PREFERRED_PORT);
  const url = `redis://127.0.0.1:${port}`;
  // Options on the command line rather than a config file: nothing to keep in sync.
  // SIGTERM is redis-server's clean shutdown.
  const server = spawnServer(
    binary,
    [
      ...["--port", String(port), "--bind", "127.0.0.1"],
      ...["--save", "", "--appendonly", "no"],
      ...["--dir", workDir, "--daemonize", "no"],
    ],
    { stopSignal: "SIGTERM" },
  );
  await server.waitUntilReady(
    async () => (await probeRedis(url, 500)).reachable,
    `redis-server to answer PING on port ${port}`,
    READY_TIMEOUT_MS,
  );

  let stopping: Promise<void> | undefined;
  return {
    url,
    startedHere: true,
    stop: () => (stopping ??= server.stop(STOP_TIMEOUT_MS)),
    stopNow: () => server.stopNow(),
  };
}
