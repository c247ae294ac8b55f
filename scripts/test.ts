/**
 * `npm test`: lint, format, type-check, unit and integration tests against
 * real PostgreSQL and Redis (found or started), then the production build
 * and the browser tests in Debian's Chromium. Ends with one line:
 * "N passed, N failed".
 */
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import { Client } from "pg";
import { ensureServices } from "./services/ensure-services";
import { createDatabaseIfMissing } from "./services/create-database";
import { findFreePort } from "./services/free-port";
import { isRoot } from "./services/is-root";
import { bin, runStep } from "./stack/run-step";
import { startStack } from "./stack/start-stack";

const REPORTS = ".data/reports";
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const started = Date.now();
const failedSteps: string[] = [];

async function step(name: string, command: string, args: string[], env: NodeJS.ProcessEnv = process.env) {
  const t0 = Date.now();
  console.log(`\n==> ${name}`);
  const code = await runStep(command, args, env);
  console.log(
    `==> ${name}: ${code === 0 ? "ok" : `FAILED (exit ${code})`} in ${((Date.now() - t0) / 1000).toFixed(1)} s`,
  );
  if (code !== 0) failedSteps.push(name);
  return code === 0;
}

async function ensureChromium(): Promise<void> {
  if (existsSync(CHROMIUM)) return;
  if (!isRoot())
    throw new Error(
      `Chromium is missing at ${CHROMIUM}: install Debian's package with "sudo apt-get install chromium".`,
    );
  console.log("==> Installing Debian's chromium for the browser tests");
  await runStep("apt-get", ["update", "-qq"]);
  if ((await runStep("apt-get", ["install", "-y", "-qq", "chromium"])) !== 0 || !existsSync(CHROMIUM)) {
    throw new Error("Installing chromium failed");
  }
}

async function withDatabase(serverUrl: string, name: string): Promise<string> {
  const maintenance = new URL(serverUrl);
  maintenance.pathname = "/postgres";
  const client = new Client({ connectionString: maintenance.toString() });
  await client.connect();
  try {
    await createDatabaseIfMissing(client, name);
  } finally {
    await client.end();
  }
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

type Counts = { passed: number; failed: number; skipped: number };

function vitestCounts(file: string): Counts {
  if (!existsSync(file)) return { passed: 0, failed: 0, skipped: 0 };
  const report = JSON.parse(readFileSync(file, "utf8")) as Record<string, number>;
  return {
    passed: report.numPassedTests ?? 0,
    // A test file that fails to load has no failed test, only a failed suite.
    failed: (report.numFailedTests ?? 0) + (report.numFailedTestSuites ?? 0),
    skipped: (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0),
  };
}

function playwrightCounts(file: string): Counts {
  if (!existsSync(file)) return { passed: 0, failed: 0, skipped: 0 };
  const stats = (JSON.parse(readFileSync(file, "utf8")) as { stats: Record<string, number> }).stats;
  return {
    passed: stats.expected ?? 0,
    failed: (stats.unexpected ?? 0) + (stats.flaky ?? 0),
    skipped: stats.skipped ?? 0,
  };
}

async function main(): Promise<number> {
  rmSync(REPORTS, { recursive: true, force: true });
  mkdirSync(REPORTS, { recursive: true });

  await step("ESLint", bin("eslint"), [".", "--max-warnings", "0"]);
  await step("Prettier", bin("prettier"), ["--check", "."]);
  await step("TypeScript", bin("tsc"), ["--noEmit"]);

  console.log("\n==> Finding PostgreSQL and Redis for the tests");
  const requested = process.env.DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
  const services = await ensureServices({
    databaseUrl: requested,
    redisUrl: process.env.REDIS_URL ?? "redis://127.0.0.1:6379",
    database: "sms_campaigns_test",
    dataDir: ".data/test",
    log: (line) => console.log(`    ${line}`),
  });
  try {
    const testEnv = {
      ...process.env,
      TEST_DATABASE_URL: services.databaseUrl,
      TEST_REDIS_URL: services.redisUrl,
    };
    await step(
      "Unit and integration tests (vitest)",
      bin("vitest"),
      ["run", "--reporter=default", "--reporter=json", `--outputFile.json=${REPORTS}/vitest.json`],
      testEnv,
    );

    // The browser tests run against the production build, in their own database.
    const e2eDatabase = await withDatabase(services.databaseUrl, "sms_campaigns_e2e");
    const port = await findFreePort(3100);
    const url = `http://localhost:${port}`;
    const appEnv: NodeJS.ProcessEnv = {
      ...process.env,
      NODE_ENV: "production",
      DATABASE_URL: e2eDatabase,
      REDIS_URL: services.redisUrl,
      REDIS_PREFIX: "sme2e",
      NEXTAUTH_SECRET: "e2e-secret-not-for-production-use",
      NEXTAUTH_URL: url,
      APP_URL: url,
      SMSC_PORT: String(await findFreePort(2785)),
      SMSC_CONTROL_PORT: String(await findFreePort(2795)),
      LOG_LEVEL: "warn",
    };
    const built =
      (await step(
        "Migrate and seed the browser-test database",
        bin("tsx"),
        ["scripts/migrate.ts"],
        appEnv,
      )) &&
      (await step("Seed", bin("tsx"), ["scripts/seed.ts"], appEnv)) &&
      (await step("Production build (next build)", bin("next"), ["build"], appEnv));
    if (built) {
      await ensureChromium();
      console.log("\n==> Starting the product for the browser tests");
      const stack = await startStack({
        env: appEnv,
        port,
        echo: false,
        web: "start",
        simulator: true,
        // Receipts so pages show deliveries; the control port lets specs send inbound messages.
        simulatorArgs: ["--receipt-delay-ms", "100-1000", "--control-port", appEnv.SMSC_CONTROL_PORT!],
      });
      try {
        await step("Browser tests (Playwright, Chromium)", bin("playwright"), ["test"], {
          ...appEnv,
          E2E_BASE_URL: url,
          E2E_SMSC_CONTROL_URL: `http://127.0.0.1:${appEnv.SMSC_CONTROL_PORT}`,
          CHROMIUM_PATH: CHROMIUM,
          PLAYWRIGHT_JSON_OUTPUT_NAME: `${REPORTS}/playwright.json`,
        });
      } finally {
        await stack.stop();
      }
    }
  } finally {
    await services.stop();
  }

  const vitest = vitestCounts(`${REPORTS}/vitest.json`);
  const e2e = playwrightCounts(`${REPORTS}/playwright.json`);
  const passed = vitest.passed + e2e.passed;
  const failed = vitest.failed + e2e.failed;
  const skipped = vitest.skipped + e2e.skipped;
  console.log(`\n==> ${((Date.now() - started) / 1000).toFixed(0)} s in all`);
  if (failedSteps.length > 0) console.log(`==> Failed steps: ${failedSteps.join(", ")}`);
  console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ""}`);
  return failedSteps.length === 0 && failed === 0 && passed > 0 ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    console.log(`0 passed, 1 failed`);
    process.exit(1);
  },
);
