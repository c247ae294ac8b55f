import { afterEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { logger } from "@/lib/logger";
import type { SmscSimulator } from "@/worker/smsc-simulator/simulator";
import { startWorker } from "@/worker/start-worker";
import {
  campaignRow,
  launchCampaign,
  makeSendingOrg,
  phonesWithStatus,
  startSimulator,
  statusCounts,
  until,
} from "./helpers/campaign-fixtures";
import { spawnTsx, type RunningProcess } from "./helpers/spawn-process";

const simulators: SmscSimulator[] = [];
const processes: RunningProcess[] = [];
afterEach(async () => {
  for (const child of processes.splice(0)) {
    child.child.kill("SIGKILL");
    await child.exited;
  }
  await Promise.all(simulators.splice(0).map((sim) => sim.close()));
});

/** Adds up what several simulator instances accepted, per destination. */
function merged(...sims: SmscSimulator[]): Map<string, number> {
  const total = new Map<string, number>();
  for (const sim of sims) {
    for (const [destination, count] of sim.messagesByDestination()) {
      total.set(destination, (total.get(destination) ?? 0) + count);
    }
  }
  return total;
}

/**
 * The exactly-once check: nobody got two messages; every message stored as
 * submitted reached the SMSC once; the only ones that may be missing are
 * those stored as unknown (in doubt), which are never re-sent.
 */
async function expectExactlyOnce(campaignId: string, counts: Map<string, number>, recipients: number) {
  const duplicates = [...counts].filter(([, count]) => count > 1);
  expect(duplicates).toEqual([]);
  const submitted = await phonesWithStatus(campaignId, ["submitted"]);
  expect(submitted.filter((phone) => counts.get(phone) !== 1)).toEqual([]);
  const unknown = new Set(await phonesWithStatus(campaignId, ["unknown"]));
  const missing = (await phonesWithStatus(campaignId, ["submitted", "unknown"])).filter(
    (p) => !counts.has(p),
  );
  expect(missing.filter((phone) => !unknown.has(phone))).toEqual([]);
  expect(submitted.length + unknown.size).toBe(recipients);
  return { unknown: unknown.size, missing: missing.length };
}

describe("crashes and lost connections", () => {
  it("finishes after the worker is killed mid-campaign, sending nobody twice", async () => {
    const { simulator, port } = await startSimulator({ responseLatencyMs: { min: 1, max: 5 } });
    simulators.push(simulator);
    const tenant = await makeSendingOrg({ port, recipients: 3000, throughputPerSecond: 600 });
    const env = { WORKER_LOCK_MS: "2000", SERVICE_NAME: "worker-crash-test" };
    const first = spawnTsx("worker/index.ts", env);
    processes.push(first);
    await first.waitForLog((line) => line.msg === "worker ready");
    const campaign = await launchCampaign(tenant);

    await until(
      () => simulator.stats.submitted,
      (n) => n >= 1000,
      30_000,
      "a third submitted",
    );
    first.child.kill("SIGKILL");
    await first.exited;
    const atKill = simulator.stats.submitted;
    expect(atKill).toBeLessThan(3000);

    const second = spawnTsx("worker/index.ts", env);
    processes.push(second);
    await second.waitForLog((line) => line.msg === "worker ready");
    const row = await until(
      () => campaignRow(campaign.id),
      (r) => r.status === "completed",
      90_000,
      "completed",
    );

    const { unknown, missing } = await expectExactlyOnce(campaign.id, merged(simulator), 3000);
    // In doubt are at most the messages claimed and unanswered at the kill: a few windows' worth.
    expect(unknown).toBeLessThanOrEqual(80);
    expect(row.sentCount + row.unknownCount).toBe(3000);
    expect(await statusCounts(campaign.id)).toEqual(
      unknown > 0 ? { submitted: 3000 - unknown, unknown } : { submitted: 3000 },
    );
    logger.info({ atKill, unknown, missing }, "crash test figures");
  });

  it("rebinds after the SMSC drops the connection and finishes", async () => {
    const first = await startSimulator({ responseLatencyMs: { min: 1, max: 5 } });
    simulators.push(first.simulator);
    const tenant = await makeSendingOrg({ port: first.port, recipients: 2000, throughputPerSecond: 500 });
    const worker = await startWorker(logger.child({ test: "campaigns-crash" }));
    try {
      const campaign = await launchCampaign(tenant);
      await until(
        () => first.simulator.stats.submitted,
        (n) => n >= 500,
        30_000,
        "first submits",
      );
      await first.simulator.close();
      // The SMSC comes back on the same port a moment later.
      await new Promise((resolve) => setTimeout(resolve, 700));
      const second = await startSimulator({ port: first.port });
      simulators.push(second.simulator);
      const row = await until(
        () => campaignRow(campaign.id),
        (r) => r.status === "completed",
        60_000,
        "done",
      );
      expect(second.simulator.stats.binds).toBeGreaterThan(0);
      expect(second.simulator.stats.submitted).toBeGreaterThan(0);
      const { unknown } = await expectExactlyOnce(
        campaign.id,
        merged(first.simulator, second.simulator),
        2000,
      );
      expect(unknown).toBeLessThanOrEqual(10);
      expect(row.sentCount + row.unknownCount).toBe(2000);
      expect(await db.message.count({ where: { campaignId: campaign.id, status: "failed" } })).toBe(0);
    } finally {
      await worker.stop();
    }
  });
});
