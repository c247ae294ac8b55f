import { spawn, type ChildProcess } from "node:child_process";
import { createInterface } from "node:readline";
import { bin } from "./run-step";
import { buildWorkerBundle } from "./worker-bundle";

export type StackOptions = {
  env: NodeJS.ProcessEnv;
  port: number;
  /** Print the processes' output (prefixed with their name). */
  echo: boolean;
  /** `next start` on the production build, or `next dev` with hot reload. */
  web: "start" | "dev";
  /** Start the bundled SMSC simulator (off when pointing at a real carrier). */
  simulator: boolean;
  /** Its flags (`npm run smsc -- --help`): receipts, replies, the control port. */
  simulatorArgs?: string[];
};

/**
 * The worker process's memory settings, on top of the caller's environment.
 *
 * - V8's old-space limit: without it V8 lets the heap grow lazily during a
 *   large contact import (the garbage is short-lived batches, not live data:
 *   a forced GC brings it back to ~80 MB) and a 1,000,000-row import peaked
 *   at ~525 MB RSS; with 128 MB it peaked at 280-323 MB.
 * - glibc's malloc arenas: by default every thread that allocates (V8's GC
 *   and compiler threads, libuv's pool) may get an arena of its own, and
 *   freed memory stays in them. With two, the same import peaked at 242-296
 *   MB over about twenty runs instead of 288-315 over four, at the same
 *   speed (one arena: 252-263 MB, but ~2 s slower).
 *
 * `npm run bench -- import` runs its importing process with the same
 * settings. Imports are the worker's largest job; a new job type must be
 * checked under this limit. Repeated in package.json's "worker" script.
 */
export function workerEnv(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  return {
    ...env,
    NODE_OPTIONS: [env.NODE_OPTIONS, "--max-old-space-size=128"].filter(Boolean).join(" "),
    MALLOC_ARENA_MAX: "2",
  };
}

export type RunningStack = { url: string; stop(): Promise<void>; exited: Promise<string> };

function startProcess(name: string, command: string, args: string[], options: StackOptions): ChildProcess {
  const child = spawn(command, args, {
    env: { ...options.env, SERVICE_NAME: name },
    stdio: ["ignore", "pipe", "pipe"],
  });
  for (const stream of [child.stdout!, child.stderr!]) {
    const lines = createInterface({ input: stream });
    lines.on("line", (line) => {
      if (options.echo) console.log(`[${name}] ${line}`);
    });
  }
  return child;
}

async function waitForHttp(url: string, timeoutMs: number, exited: Promise<string>): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let gone: string | undefined;
  void exited.then((name) => (gone = name));
  while (Date.now() < deadline) {
    if (gone) throw new Error(`${gone} exited before the web app answered`);
    try {
      const response = await fetch(url, { redirect: "manual" });
      if (response.status < 500) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`The web app did not answer at ${url} within ${timeoutMs / 1000} s`);
}

/**
 * Starts the SMSC simulator, the worker and the production web server, and
 * waits until the web server answers. `exited` resolves with the name of the
 * first process that stops on its own.
 */
export async function startStack(options: StackOptions): Promise<RunningStack> {
  const workerBundle = await buildWorkerBundle();
  const names = [...(options.simulator ? ["smsc"] : []), "worker", "web"];
  const processes = [
    ...(options.simulator
      ? [
          startProcess(
            "smsc",
            bin("tsx"),
            ["worker/smsc-simulator/main.ts", ...(options.simulatorArgs ?? [])],
            options,
          ),
        ]
      : []),
    startProcess("worker", process.execPath, [workerBundle], { ...options, env: workerEnv(options.env) }),
    startProcess("web", bin("next"), [options.web, "-p", String(options.port), "-H", "127.0.0.1"], options),
  ];
  const exited = Promise.race(
    processes.map(
      (child, index) => new Promise<string>((resolve) => child.once("exit", () => resolve(names[index]!))),
    ),
  );
  const url = `http://localhost:${options.port}`;
  const stop = async () => {
    await Promise.all(
      processes.map(
        (child) =>
          new Promise<void>((resolve) => {
            if (child.exitCode !== null || child.signalCode !== null) return resolve();
            child.once("exit", () => resolve());
            child.kill("SIGTERM");
            setTimeout(() => child.kill("SIGKILL"), 30_000).unref();
          }),
      ),
    );
  };
  try {
    await waitForHttp(`${url}/sign-in`, 90_000, exited);
  } catch (error) {
    await stop();
    throw error;
  }
  return { url, stop, exited };
}
