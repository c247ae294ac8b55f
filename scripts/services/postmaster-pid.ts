import { readFileSync } from "node:fs";
import { readFile, rm } from "node:fs/promises";
import path from "node:path";

/** What a running PostgreSQL server writes into `<data dir>/postmaster.pid`. */
export interface PostmasterPid {
  pid: number;
  port: number;
}

/**
 * The server recorded in the cluster's lock file, or undefined when there is
 * none. The file's lines are fixed by PostgreSQL: 1 = pid, 4 = port.
 */
export async function readPostmasterPid(clusterDir: string): Promise<PostmasterPid | undefined> {
  let text: string;
  try {
    text = await readFile(path.join(clusterDir, "postmaster.pid"), "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT" || code === "ENOTDIR") return undefined;
    throw error;
  }
  const lines = text.split("\n");
  const pid = Number.parseInt(lines[0] ?? "", 10);
  const port = Number.parseInt(lines[3] ?? "", 10);
  return Number.isInteger(pid) && Number.isInteger(port) ? { pid, port } : undefined;
}

export function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists but belongs to another user (the postgres OS user when we are not root).
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/**
 * Whether `pid` is a live PostgreSQL process. After a container restart the pid
 * in a leftover postmaster.pid often belongs to some other program; on Linux
 * /proc tells them apart. Elsewhere any live process counts.
 */
export function isPostgresAlive(pid: number): boolean {
  if (!isProcessAlive(pid)) return false;
  try {
    return readFileSync(`/proc/${pid}/comm`, "utf8").trim() === "postgres";
  } catch {
    return true;
  }
}

/** Deletes a lock file whose process is gone; PostgreSQL would refuse to start over one naming a live, unrelated pid. */
export async function removePostmasterPid(clusterDir: string): Promise<void> {
  await rm(path.join(clusterDir, "postmaster.pid"), { force: true });
}
