import { logger } from "@/lib/logger";
import { startWorker, type RunningWorker } from "./start-worker";

/**
 * The worker process: BullMQ consumers and the SMPP binds. It serves no
 * HTTP. SIGTERM/SIGINT stop it cleanly (also while it is still starting);
 * a second signal forces.
 */
async function main(): Promise<void> {
  const log = logger.child({ process: "worker" });
  let worker: RunningWorker | null = null;
  let stopRequested: NodeJS.Signals | null = null;

  const stop = (running: RunningWorker, signal: NodeJS.Signals) => {
    log.info({ signal }, "worker stopping");
    running.stop().then(
      () => {
        log.info("worker stopped");
        process.exit(0);
      },
      (error: unknown) => {
        log.error({ err: error }, "worker did not stop cleanly");
        process.exit(1);
      },
    );
  };
  // Handlers first: a signal during start-up waits for the start to finish, then stops cleanly.
  const onSignal = (signal: NodeJS.Signals) => {
    if (stopRequested) {
      log.warn({ signal }, "second signal, exiting now");
      process.exit(1);
    }
    stopRequested = signal;
    if (worker) stop(worker, signal);
  };
  process.on("SIGTERM", onSignal);
  process.on("SIGINT", onSignal);

  worker = await startWorker(log);
  log.info({ workerId: worker.workerId }, "worker ready");
  if (stopRequested) stop(worker, stopRequested);
}

main().catch((error: unknown) => {
  logger.fatal({ err: error }, "worker failed to start");
  process.exit(1);
});
