import { logger } from "@/lib/logger";
import { startWorker } from "./start-worker";

/**
 * The worker process: BullMQ consumers and (in later steps) the SMPP binds.
 * It serves no HTTP. SIGTERM/SIGINT stop it cleanly; a second signal forces.
 */
async function main(): Promise<void> {
  const log = logger.child({ process: "worker" });
  const worker = await startWorker(log);
  log.info({ workerId: worker.workerId }, "worker ready");

  let stopping = false;
  const shutdown = (signal: NodeJS.Signals) => {
    if (stopping) {
      log.warn({ signal }, "second signal, exiting now");
      process.exit(1);
    }
    stopping = true;
    log.info({ signal }, "worker stopping");
    worker.stop().then(
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
  process.on("SIGTERM", shutdown);
  process.on("SIGINT", shutdown);
}

main().catch((error: unknown) => {
  logger.fatal({ err: error }, "worker failed to start");
  process.exit(1);
});
