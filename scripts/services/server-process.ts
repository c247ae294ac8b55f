import { spawn } from "node:child_process";

import { OutputTail } from "./output-tail";
import { pollUntil, withTimeout } from "./wait-for";

const STOP_AFTER_FAILED_START_MS = 5000;

/** A database server running as our child process. */
export interface ServerProcess {
  /** The server's last output lines, for error messages. */
  readonly output: OutputTail;
  hasExited(): boolean;
  /** Polls `isReady` until it returns true; fails early, with the server's output, if the server exits. */
  waitUntilReady(isReady: () => Promise<boolean>, what: string, timeoutMs: number): Promise<void>;
  /** Sends the stop signal and waits for the exit; SIGKILL after `timeoutMs`. */
  stop(timeoutMs: number): Promise<void>;
  /** Sends the stop signal without waiting, for the process `exit` event. */
  stopNow(): void;
}

export interface SpawnServerOptions {
  /** The signal that makes this server shut down cleanly. */
  stopSignal: NodeJS.Signals;
  /** Run as this user and group (root starting PostgreSQL as `postgres`). */
  uid?: number;
  gid?: number;
  env?: NodeJS.ProcessEnv;
}

/**
 * Starts a server in its own process group (`detached`). A terminal's Ctrl+C goes
 * to the whole foreground group; the server must not get it, so the orchestrator
 * can stop the web app and workers first, while the database still answers.
 */
export function spawnServer(command: string, args: string[], options: SpawnServerOptions): ServerProcess {
  const { stopSignal, ...spawnOptions } = options;
  const output = new OutputTail();
  const child = spawn(command, args, { ...spawnOptions, detached: true, stdio: ["ignore", "pipe", "pipe"] });
  child.stdout.on("data", (chunk: Buffer) => output.push(chunk.toString("utf8")));
  child.stderr.on("data", (chunk: Buffer) => output.push(chunk.toString("utf8")));
  let spawnError: Error | undefined;
  const exited = new Promise<void>((resolve) => {
    child.once("exit", () => resolve());
    // A binary that cannot be run (EACCES, ENOENT) reports "error" and may never report "exit".
    child.once("error", (error) => {
      spawnError = error;
      resolve();
    });
  });
  const hasExited = () => spawnError !== undefined || child.exitCode !== null || child.signalCode !== null;
  const exitStatus = () => {
    if (spawnError) return `could not be run: ${spawnError.message}`;
    return child.signalCode ? `killed by ${child.signalCode}` : `exit code ${child.exitCode}`;
  };

  const stop = async (timeoutMs: number) => {
    if (hasExited()) return;
    child.kill(stopSignal);
    try {
      await withTimeout(exited, timeoutMs, `${command} to exit`);
    } catch {
      child.kill("SIGKILL");
      await exited;
    }
  };

  return {
    output,
    hasExited,
    stopNow: () => {
      if (!hasExited()) child.kill(stopSignal);
    },
    stop,
    waitUntilReady: async (isReady, what, timeoutMs) => {
      try {
        await pollUntil(
          async () => {
            if (hasExited())
              throw new Error(`the server process exited (${exitStatus()}) while waiting for ${what}`);
            return isReady();
          },
          { what, timeoutMs },
        );
      } catch (error) {
        await stop(STOP_AFTER_FAILED_START_MS);
        const reason = error instanceof Error ? error.message : String(error);
        throw new Error(`${reason}${output.format()}`, { cause: error });
      }
    },
  };
}
