import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, statSync } from "node:fs";
import { createInterface } from "node:readline";
import { findFreePort } from "../scripts/services/free-port";
import { buildIfStale } from "../scripts/stack/build-if-stale";
import { bin } from "../scripts/stack/run-step";

/** `next build` when the sources changed since the last build (as `npm start` decides), timed. */
export async function buildWebApp(env: NodeJS.ProcessEnv): Promise<{ built: boolean; seconds: number }> {
  const buildId = ".next/BUILD_ID";
  const before = existsSync(buildId) ? statSync(buildId).mtimeMs : 0;
  const started = performance.now();
  await buildIfStale(env);
  const after = existsSync(buildId) ? statSync(buildId).mtimeMs : 0;
  return { built: after !== before, seconds: (performance.now() - started) / 1000 };
}

/** `next start` on the production build, in its own process group so stopping it stops its children too. */
export async function startWeb(env: NodeJS.ProcessEnv, port: number, url: string) {
  const child = spawn(bin("next"), ["start", "-p", String(port), "-H", "127.0.0.1"], {
    env,
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  const tail: string[] = [];
  for (const stream of [child.stdout!, child.stderr!]) {
    createInterface({ input: stream }).on("line", (line) => {
      tail.push(line);
      if (tail.length > 40) tail.shift();
      if (/"level":(4|5|6)\d|error/i.test(line)) process.stderr.write(`web: ${line}\n`);
    });
  }
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    process.kill(-child.pid!, "SIGTERM");
    const killLater = setTimeout(() => process.kill(-child.pid!, "SIGKILL"), 10_000);
    await exited;
    clearTimeout(killLater);
  };
  const deadline = Date.now() + 90_000;
  for (;;) {
    if (child.exitCode !== null)
      throw new Error(`next start exited with ${child.exitCode}:\n${tail.join("\n")}`);
    try {
      const response = await fetch(`${url}/sign-in`, { redirect: "manual" });
      if (response.status < 500) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`The web app did not answer at ${url} within 90 s:\n${tail.join("\n")}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return { stop };
}

/**
 * The production web app on a free port (built first when its sources
 * changed), with `env` on top of the bench's: what the API benches drive.
 */
export async function startProductionWeb(env: Record<string, string> = {}) {
  const port = await findFreePort(3200);
  const url = `http://127.0.0.1:${port}`;
  const webEnv: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: "production",
    NEXTAUTH_SECRET: randomBytes(32).toString("base64url"),
    NEXTAUTH_URL: url,
    APP_URL: url,
    PORT: String(port),
    SERVICE_NAME: "web",
    ...env,
  };
  const build = await buildWebApp(webEnv);
  const web = await startWeb(webEnv, port, url);
  return { url, build, stop: web.stop };
}
