import { config } from "@/lib/config";
import { logger } from "@/lib/logger";
import { parseSimulatorArgs, SIMULATOR_USAGE, UsageError, type SimulatorCliOptions } from "./cli-options";
import { createSmscSimulator } from "./simulator";

/**
 * `npm run smsc`: the simulator as its own process, for development, demos and
 * benchmarks. It listens where the worker connects (SMSC_HOST, SMSC_PORT) and
 * accepts the worker's credentials (SMSC_SYSTEM_ID, SMSC_PASSWORD); flags add
 * throttling, latency and faults (see SIMULATOR_USAGE).
 */
async function main(cli: SimulatorCliOptions): Promise<void> {
  const simulator = createSmscSimulator({
    host: config.SMSC_HOST,
    port: config.SMSC_PORT,
    accounts: [{ systemId: config.SMSC_SYSTEM_ID, password: config.SMSC_PASSWORD }],
    logger,
    ...cli.behaviour,
    controlPort: cli.controlPort,
  });

  let stopping = false;
  const stop = async (signal: NodeJS.Signals): Promise<void> => {
    if (stopping) {
      logger.warn({ signal }, "second signal during shutdown; exiting at once");
      process.exit(1);
    }
    stopping = true;
    logger.info({ signal }, "shutting down the SMSC simulator");
    try {
      await simulator.close();
    } catch (error) {
      logger.error({ err: error }, "SMSC simulator did not close cleanly");
      process.exitCode = 1;
    }
  };
  process.on("SIGTERM", (signal) => void stop(signal));
  process.on("SIGINT", (signal) => void stop(signal));

  await simulator.listen();
}

function readCommandLine(): SimulatorCliOptions | null {
  try {
    return parseSimulatorArgs(process.argv.slice(2));
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    process.stderr.write(`smsc simulator: ${error.message}\n\n${SIMULATOR_USAGE}\n`);
    process.exitCode = 2;
    return null;
  }
}

const cli = readCommandLine();
if (cli?.help) {
  process.stdout.write(`${SIMULATOR_USAGE}\n`);
} else if (cli) {
  main(cli).catch((error: unknown) => {
    logger.fatal({ err: error }, "SMSC simulator failed to start");
    process.exitCode = 1;
  });
}
