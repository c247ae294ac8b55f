/**
 * `npm start`: finds or starts PostgreSQL and Redis, migrates and seeds the
 * database, builds the web app when it changed, starts the SMSC simulator,
 * the worker and the web server, and prints where to sign in.
 * `npm run dev` does the same with `next dev`.
 */
import { ensureServices } from "./services/ensure-services";
import { findFreePort } from "./services/free-port";
import { appSecret } from "./stack/app-secret";
import { buildIfStale } from "./stack/build-if-stale";
import { bin, runStep } from "./stack/run-step";
import { startStack } from "./stack/start-stack";
import { DEMO } from "./demo-login";

const dev = process.argv.includes("--dev");
const simulator = process.env.SMSC_SIMULATOR !== "off";
const requestedDatabase = process.env.DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/sms_campaigns";

async function main(): Promise<void> {
  console.log("==> Finding PostgreSQL and Redis");
  const services = await ensureServices({
    databaseUrl: requestedDatabase,
    redisUrl: process.env.REDIS_URL ?? "redis://127.0.0.1:6379",
    database: new URL(requestedDatabase).pathname.slice(1) || "sms_campaigns",
    dataDir: ".data/dev",
    log: (line) => console.log(`    ${line}`),
  });
  const port = await findFreePort(Number(process.env.PORT ?? 3000));
  const smscPort = simulator
    ? await findFreePort(Number(process.env.SMSC_PORT ?? 2775))
    : Number(process.env.SMSC_PORT ?? 2775);
  const controlPort = simulator ? await findFreePort(smscPort + 1) : null;
  const url = `http://localhost:${port}`;
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: dev ? "development" : "production",
    DATABASE_URL: services.databaseUrl,
    REDIS_URL: services.redisUrl,
    NEXTAUTH_SECRET: appSecret(),
    NEXTAUTH_URL: url,
    APP_URL: url,
    PORT: String(port),
    SMSC_PORT: String(smscPort),
    // A local demo: webhook receivers run on this machine (localhost). Set it to false to try the SSRF rule.
    WEBHOOK_ALLOW_PRIVATE_NETWORKS: process.env.WEBHOOK_ALLOW_PRIVATE_NETWORKS ?? "true",
  };

  let stopping = false;
  // Filled in once the processes run; the shutdown handler exists before that.
  const running: { stack?: Awaited<ReturnType<typeof startStack>> } = {};
  const shutdown = async (code: number) => {
    if (stopping) return;
    stopping = true;
    console.log("\n==> Stopping");
    await running.stack?.stop();
    await services.stop();
    process.exit(code);
  };
  process.on("SIGINT", () => void shutdown(0));
  process.on("SIGTERM", () => void shutdown(0));

  console.log("==> Migrating the database");
  if ((await runStep(bin("tsx"), ["scripts/migrate.ts"], env)) !== 0) return shutdown(1);
  console.log("==> Seeding the demo organization");
  if ((await runStep(bin("tsx"), ["scripts/seed.ts"], env)) !== 0) return shutdown(1);
  if (!dev) await buildIfStale(env);

  console.log(`==> Starting ${simulator ? "the SMSC simulator, " : ""}the worker and the web app`);
  const stack = await startStack({
    env,
    port,
    echo: true,
    web: dev ? "dev" : "start",
    simulator,
    simulatorArgs: controlPort === null ? [] : demoSimulatorArgs(controlPort),
  });
  running.stack = stack;
  console.log(`
  Relay is running.

    Open      ${url}
    Email     ${DEMO.email}
    Password  ${DEMO.password}

    SMSC      ${simulator ? "bundled simulator on " : ""}${env.SMSC_HOST ?? "127.0.0.1"}:${smscPort} (system_id ${env.SMSC_SYSTEM_ID ?? "demo"})${
      controlPort === null
        ? ""
        : `
              receipts after 1-5 s (95% delivered), 5% of recipients reply;
              send a reply yourself: npm run smsc:control -- --port ${controlPort} mo --from 4915112345678 --to 4915700000000 --text "Hi"`
    }
    Press Ctrl+C to stop.
`);
  const gone = await stack.exited;
  if (!stopping) {
    console.error(`==> ${gone} stopped unexpectedly; stopping everything`);
    await shutdown(1);
  }
}

/** The demo's SMSC behaves like a carrier: receipts a few seconds later, some undelivered, some people answer. */
function demoSimulatorArgs(controlPort: number): string[] {
  return [
    "--receipt-delay-ms",
    "1000-5000",
    "--receipt-outcomes",
    "DELIVRD=0.95,UNDELIV=0.03,EXPIRED=0.02",
    "--auto-reply-share",
    "0.05",
    "--auto-reply-text",
    "Thanks!",
    "--auto-reply-text",
    "When does the sale end?",
    "--auto-reply-text",
    "STOP",
    "--auto-reply-delay-ms",
    "3000-20000",
    "--control-port",
    String(controlPort),
  ];
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
