import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { bin, runStep } from "./run-step";

const SOURCES = [
  "app",
  "components",
  "lib",
  "proxy.ts",
  "next.config.ts",
  "package-lock.json",
  "tsconfig.json",
];

function newestMtime(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)));
  return newest;
}

/** `next build` unless the last build is newer than every source file. */
export async function buildIfStale(env: NodeJS.ProcessEnv): Promise<void> {
  const buildId = ".next/BUILD_ID";
  const builtAt = existsSync(buildId) ? statSync(buildId).mtimeMs : 0;
  const changedAt = Math.max(...SOURCES.map(newestMtime));
  if (builtAt > changedAt) {
    console.log("==> Production build is up to date");
    return;
  }
  console.log("==> Building the web app (next build)");
  const code = await runStep(bin("next"), ["build"], { ...env, NODE_ENV: "production" });
  if (code !== 0) throw new Error(`next build failed with exit code ${code}`);
}
