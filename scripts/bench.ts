/**
 * `npm run bench -- <scenario>`: runs a benchmark, prints its figures and,
 * as the last line, one JSON object, which is also written to
 * bench/results/<scenario>.json. Benchmarks are never timed tests.
 * Scenarios: import (1M-row CSV import vs. PostgreSQL COPY), render (1M
 * template renders with encoding and segments vs. bare Handlebars), send
 * (100k-recipient campaign over SMPP vs. a bare smpp client), throttle
 * (3,000 messages at 100 TPS, counted per second by the simulator), dlr
 * (100k-recipient campaign with receipts: time to all final, receipt lag), live
 * (headless Chromium on a campaign's page: receipt stored → delivered counter changed), api
 * (20,000 messages through POST /api/v1/messages, 32 clients, each request retried with its
 * Idempotency-Key), priority (100 one-time codes through the API while a 50,000-recipient
 * campaign saturates a 200 TPS connector).
 * BENCH_DATABASE and BENCH_REDIS_PREFIX keep two checkouts' benches apart.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { randomUUID } from "node:crypto";
import { ensureServices } from "./services/ensure-services";

const SCENARIOS = ["import", "render", "send", "throttle", "dlr", "live", "api", "priority"] as const;
type Scenario = (typeof SCENARIOS)[number];

async function main(): Promise<void> {
  const scenario = process.argv[2] as Scenario | undefined;
  if (!scenario || !SCENARIOS.includes(scenario)) {
    console.error(`Usage: npm run bench -- <${SCENARIOS.join("|")}>`);
    process.exit(2);
  }
  const result =
    scenario === "render"
      ? await renderScenario()
      : await withBenchServices(async ({ databaseUrl, orgId, userId, owner }) => {
          if (scenario === "import") {
            const { runImportBench } = await import("../bench/import");
            return runImportBench({ databaseUrl, orgId, userId });
          }
          if (scenario === "dlr") {
            const { runDlrBench } = await import("../bench/dlr");
            return runDlrBench({ orgId });
          }
          if (scenario === "api") {
            const { runApiBench } = await import("../bench/api");
            return runApiBench({ orgId, userId });
          }
          if (scenario === "priority") {
            const { runPriorityBench } = await import("../bench/priority");
            return runPriorityBench({ orgId, userId });
          }
          if (scenario === "live") {
            const { runLiveBench } = await import("../bench/live");
            return runLiveBench({ orgId, owner });
          }
          const { runSendBench } = await import("../bench/send");
          return runSendBench({ orgId, scenario });
        });
  mkdirSync("bench/results", { recursive: true });
  const line = JSON.stringify({ scenario, at: new Date().toISOString(), ...result });
  writeFileSync(`bench/results/${scenario}.json`, line + "\n");
  console.log(line);
  process.exit(0);
}

async function renderScenario(): Promise<Record<string, unknown>> {
  const { runRenderBench } = await import("../bench/render");
  return runRenderBench({ messages: 1_000_000 });
}

type BenchContext = {
  databaseUrl: string;
  orgId: string;
  userId: string;
  /** The organization owner's sign-in, for scenarios that drive the web app. */
  owner: { email: string; password: string };
};

/** A migrated bench database (its own), Redis under its own prefix, and a fresh organization. */
async function withBenchServices(
  run: (context: BenchContext) => Promise<Record<string, unknown>>,
): Promise<Record<string, unknown>> {
  const services = await ensureServices({
    databaseUrl: process.env.DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres",
    redisUrl: process.env.REDIS_URL ?? "redis://127.0.0.1:6379",
    database: process.env.BENCH_DATABASE ?? "sms_campaigns_bench",
    dataDir: ".data/bench-services",
    log: (line) => console.error(`    ${line}`),
  });
  // lib/ reads its configuration once, at import: set it before loading anything from lib/.
  process.env.DATABASE_URL = services.databaseUrl;
  process.env.REDIS_URL = services.redisUrl;
  process.env.REDIS_PREFIX = process.env.BENCH_REDIS_PREFIX ?? "smsbench";
  process.env.LOG_LEVEL ??= "warn";
  let result: Record<string, unknown>;
  try {
    const { migrate } = await import("./migrate");
    await migrate(services.databaseUrl);
    // The bench's queues (its own Redis prefix) start empty: jobs left by an interrupted run
    // would point at a simulator that is gone and hold the worker up.
    const { closeQueues, getQueue, QUEUES } = await import("@/lib/queue");
    for (const queue of Object.values(QUEUES)) await getQueue(queue).obliterate({ force: true });
    await closeQueues();
    const { createOrganization } = await import("@/lib/auth");
    const { db } = await import("@/lib/db");
    // Each run starts from empty tables (the bench database is the bench's alone), so a run's
    // figures do not depend on how many runs came before it.
    await db.$executeRawUnsafe(`TRUNCATE organizations, receipts CASCADE`);
    const tag = randomUUID().slice(0, 8);
    const owner = { email: `bench-${tag}@example.test`, password: `bench-${tag}-password` };
    const { org, user } = await createOrganization({
      db,
      input: { name: `Bench ${tag}`, slug: `bench-${tag}`, owner: { ...owner, name: "Bench" } },
    });
    result = await run({ databaseUrl: services.databaseUrl, orgId: org.id, userId: user.id, owner });
    await db.$disconnect();
  } finally {
    await services.stop();
  }
  return result;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
