import { constants } from "node:os";

import type { ProvidedService } from "./types";

const SIGNALS = ["SIGINT", "SIGTERM", "SIGHUP"] as const;
type ShutdownSignal = (typeof SIGNALS)[number];

const started = new Set<ProvidedService>();
let stoppingAfterSignal = false;

/**
 * Makes sure servers this process started do not outlive it. Returns a function
 * that withdraws them again (after a normal `stop()`).
 *
 * - On `exit` every server gets its shutdown signal synchronously (nothing can be
 *   awaited there); they finish shutting down on their own.
 * - On SIGINT/SIGTERM/SIGHUP we only act when nobody else listens for the signal.
 *   An orchestrator with its own handler wants to stop the web app and workers
 *   first, while the database is still up, and then call `stop()` itself.
 */
export function stopOnExit(services: ProvidedService[]): () => void {
  const mine = services.filter((service) => service.startedHere);
  if (mine.length === 0) return () => {};
  if (started.size === 0) install();
  for (const service of mine) started.add(service);
  return () => {
    for (const service of mine) started.delete(service);
    if (started.size === 0) uninstall();
  };
}

function install(): void {
  process.on("exit", stopAllNow);
  for (const signal of SIGNALS) process.on(signal, onSignal);
}

function uninstall(): void {
  process.off("exit", stopAllNow);
  for (const signal of SIGNALS) process.off(signal, onSignal);
}

function stopAllNow(): void {
  for (const service of started) service.stopNow();
}

function onSignal(signal: ShutdownSignal): void {
  if (process.listenerCount(signal) > 1) return;
  const exitCode = 128 + constants.signals[signal];
  if (stoppingAfterSignal) {
    // A second Ctrl+C: the user does not want to wait for a clean shutdown.
    stopAllNow();
    process.exit(exitCode);
  }
  stoppingAfterSignal = true;
  void Promise.allSettled([...started].map((service) => service.stop())).then(() => process.exit(exitCode));
}
