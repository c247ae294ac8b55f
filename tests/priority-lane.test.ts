import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cancelCampaign } from "@/lib/campaigns";
import { createApiKey } from "@/lib/auth";
import { db } from "@/lib/db";
import { logger } from "@/lib/logger";
import { createApiMessage } from "@/lib/messaging";
import { startWorker, type RunningWorker } from "@/worker/start-worker";
import type { SmscSimulator } from "@/worker/smsc-simulator/simulator";
import {
  campaignRow,
  launchCampaign,
  makeSendingOrg,
  startSimulator,
  until,
} from "./helpers/campaign-fixtures";

const TPS = 50;
const OTPS = 6;

let worker: RunningWorker;
let simulator: SmscSimulator | undefined;

beforeAll(async () => {
  worker = await startWorker(logger.child({ test: "priority-lane" }));
});
afterAll(async () => {
  await worker.stop();
  await simulator?.close();
});

describe("the priority lane", () => {
  it("submits each one-time code within 1 s while a campaign saturates the connector, within its limit", async () => {
    const started = await startSimulator({ responseLatencyMs: 5 });
    simulator = started.simulator;
    // 2,000 recipients at 50/s: 40 s of sending, every worker slot busy with its batches.
    const tenant = await makeSendingOrg({ port: started.port, recipients: 2000, throughputPerSecond: TPS });
    const { apiKey } = await createApiKey({
      orgId: tenant.org.id,
      userId: tenant.user.id,
      role: "owner",
      name: "OTP",
    });
    const campaign = await launchCampaign(tenant);
    try {
      await overtake(tenant, apiKey.id, campaign.id);
    } finally {
      // Ends the campaign rather than waiting 40 s for it, also when the test failed (its jobs would hold the next run up).
      if ((await campaignRow(campaign.id)).status === "running")
        await cancelCampaign({ orgId: tenant.org.id, campaignId: campaign.id });
    }
  });
});

/** Sends one-time codes mid-campaign and checks each reached the SMSC within a second, the limit kept. */
async function overtake(
  tenant: Awaited<ReturnType<typeof makeSendingOrg>>,
  apiKeyId: string,
  campaignId: string,
) {
  // Saturated: the campaign has been sending at its limit for a while.
  await until(
    () => campaignRow(campaignId),
    (row) => row.sentCount >= 3 * TPS,
    30_000,
    "campaign saturating the connector",
  );

  const otps: Array<{ id: string; to: string; createdAt: Date }> = [];
  for (let i = 0; i < OTPS; i++) {
    const to = `+4917${String(90000000 + i)}`;
    const message = await createApiMessage({
      orgId: tenant.org.id,
      apiKeyId,
      to,
      from: "Relay",
      text: `Your code is ${100000 + i}`,
    });
    otps.push({ id: message.id, to, createdAt: new Date(message.createdAt) });
    await new Promise((resolve) => setTimeout(resolve, 700));
  }
  const accepted = await until(
    () => {
      const byDestination = new Map(simulator!.submits.map((submit) => [submit.destinationAddr, submit]));
      return otps.map((otp) => byDestination.get(otp.to.slice(1))?.receivedAt ?? null);
    },
    (times) => times.every((time) => time !== null),
    10_000,
    "every OTP at the SMSC",
  );
  const row = await campaignRow(campaignId);
  // The codes overtook the campaign: it was still sending when the last one went.
  expect(row.status).toBe("running");
  expect(row.sentCount).toBeLessThan(2000);

  const submitMs = otps.map((otp, i) => accepted[i]!.getTime() - otp.createdAt.getTime());
  expect(Math.max(...submitMs), JSON.stringify(submitMs)).toBeLessThan(1000);
  const stored = await db.message.findMany({
    where: { id: { in: otps.map((otp) => BigInt(otp.id)) } },
    select: { status: true },
  });
  expect(stored.map((message) => message.status).sort()).toEqual(Array(OTPS).fill("submitted"));
  // Codes and campaign together never went over the connector's limit in any second.
  const perSecond = simulator!.acceptedPerSecond().map((second) => second.count);
  expect(Math.max(...perSecond), JSON.stringify(perSecond)).toBeLessThanOrEqual(TPS);
  expect(simulator!.stats.throttled).toBe(0);
}
