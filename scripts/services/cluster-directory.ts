import { chmod, mkdir, readdir, rm, stat } from "node:fs/promises";
import path from "node:path";

import { isRoot } from "./is-root";
import type { ServiceLog } from "./types";

const OTHERS_EXECUTE = 0o001;

/**
 * Creates the directory if needed and tells whether it already holds a cluster
 * (initdb writes PG_VERSION). Other content is the leftover of an initdb killed
 * midway (a failing initdb cleans up after itself); initdb refuses a non-empty
 * directory, so it is emptied.
 */
export async function prepareClusterDirectory(clusterDir: string, log: ServiceLog): Promise<boolean> {
  await mkdir(clusterDir, { recursive: true });
  const entries = await readdir(clusterDir);
  if (entries.includes("PG_VERSION")) return true;
  if (entries.length > 0) {
    log(`PostgreSQL: ${clusterDir} holds an unfinished initdb (no PG_VERSION), removing it`);
    await rm(clusterDir, { recursive: true, force: true });
    await mkdir(clusterDir, { recursive: true });
  }
  return false;
}

/**
 * As root, PostgreSQL runs as the `postgres` OS user, which must be able to walk
 * down to its binaries and its data directory. Directories such as /root or a
 * mkdtemp() folder are 0700; they get o+x (enter, not list) so it can.
 */
export async function letPostgresUserReach(target: string, log: ServiceLog): Promise<void> {
  if (!isRoot()) return;
  let dir = path.dirname(path.resolve(target));
  for (;;) {
    const { mode } = await stat(dir);
    if ((mode & OTHERS_EXECUTE) === 0) {
      log(`PostgreSQL: allowing the postgres OS user to enter ${dir} (chmod o+x)`);
      await chmod(dir, (mode & 0o7777) | OTHERS_EXECUTE);
    }
    const parent = path.dirname(dir);
    if (parent === dir) return;
    dir = parent;
  }
}
