import { setTimeout as delay } from "node:timers/promises";

export interface PollOptions {
  /** What is being waited for, for the timeout message ("redis-server to answer PING"). */
  what: string;
  timeoutMs: number;
  intervalMs?: number;
}

/**
 * Calls `check` until it returns true or the deadline passes. `check` may throw
 * to give up early (e.g. the server process already exited).
 */
export async function pollUntil(check: () => Promise<boolean>, options: PollOptions): Promise<void> {
  const deadline = Date.now() + options.timeoutMs;
  for (;;) {
    if (await check()) return;
    if (Date.now() >= deadline)
      throw new Error(`timed out after ${options.timeoutMs} ms waiting for ${options.what}`);
    await delay(options.intervalMs ?? 50);
  }
}

/** Settles like `promise`, or rejects once `timeoutMs` has passed. */
export async function withTimeout<T>(promise: Promise<T>, timeoutMs: number, what: string): Promise<T> {
  const timeout = new AbortController();
  try {
    return await Promise.race([
      promise,
      delay(timeoutMs, undefined, { signal: timeout.signal }).then(() => {
        throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
      }),
    ]);
  } finally {
    timeout.abort();
  }
}
