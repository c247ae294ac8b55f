import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { logger } from "@/lib/logger";
import type { SmscSimulator } from "@/worker/smsc-simulator/simulator";
import { startWorker, type RunningWorker } from "@/worker/start-worker";
import {
  campaignRow,
  launchCampaign,
  makeSendingOrg,
  startSimulator,
  statusCounts,
  until,
} from "./helpers/campaign-fixtures";

let worker: RunningWorker;
let simulator: SmscSimulator | undefined;

beforeAll(async () => {
  worker = await startWorker(logger.child({ test: "receipts-inbox" }));
});
afterAll(async () => {
  await worker.stop();
});
afterEach(async () => {
  await simulator?.close();
  simulator = undefined;
});

const FINAL = ["delivered", "undelivered", "expired", "rejected"];

async function allFinal(campaignId: string, count: number) {
  return until(
    () => db.message.count({ where: { campaignId, status: { in: FINAL as never } } }),
    (n) => n === count,
    60_000,
    "every message final",
  );
}

describe("delivery receipts", () => {
  it("settles every message from its receipt and moves the counters", async () => {
    const started = await startSimulator({
      receipts: { delayMs: { min: 0, max: 300 } },
      faults: [{ suffix: "3", kind: "undelivered" }],
    });
    simulator = started.simulator;
    const tenant = await makeSendingOrg({ port: started.port, recipients: 300 });
    const campaign = await launchCampaign(tenant);
    await allFinal(campaign.id, 300);
    expect(await statusCounts(campaign.id)).toEqual({ delivered: 270, undelivered: 30 });
    const row = await until(
      () => campaignRow(campaign.id),
      (r) => r.deliveredCount === 270,
      10_000,
      "counters",
    );
    expect(row).toMatchObject({ status: "completed", sentCount: 300, deliveredCount: 270, failedCount: 30 });
    const undelivered = await db.message.findFirstOrThrow({
      where: { campaignId: campaign.id, status: "undelivered" },
    });
    expect(undelivered.phone.endsWith("3")).toBe(true);
    expect(undelivered.finalAt).not.toBeNull();
    expect(await db.receipt.count({ where: { orgId: tenant.org.id, matchedAt: null } })).toBe(0);
  });

  it("matches a receipt that arrives before its submit_sm_resp was stored", async () => {
    // Responses take 400 ms, receipts come at once: every receipt overtakes its response.
    const started = await startSimulator({
      responseLatencyMs: 400,
      receipts: { delayMs: 0, idInText: "decimal" },
    });
    simulator = started.simulator;
    const tenant = await makeSendingOrg({ port: started.port, recipients: 40 });
    const campaign = await launchCampaign(tenant);
    await allFinal(campaign.id, 40);
    expect(await statusCounts(campaign.id)).toEqual({ delivered: 40 });
    const kept = await db.receipt.findMany({ where: { orgId: tenant.org.id } });
    expect(kept.length).toBeGreaterThan(0);
    expect(kept.every((receipt) => receipt.matchedAt !== null)).toBe(true);
  });

  it("delivers a long message when every part is delivered", async () => {
    const started = await startSimulator({ receipts: { delayMs: { min: 0, max: 200 } } });
    simulator = started.simulator;
    const tenant = await makeSendingOrg({ port: started.port, recipients: 2 });
    const campaign = await launchCampaign(tenant, { body: "A long message. ".repeat(25).trim() });
    await allFinal(campaign.id, 2);
    const message = await db.message.findFirstOrThrow({
      where: { campaignId: campaign.id },
      include: { parts: { orderBy: { partIndex: "asc" } } },
    });
    expect(message.status).toBe("delivered");
    expect(message.segments).toBe(3);
    expect(message.parts.map((part) => [part.partIndex, part.status])).toEqual([
      [1, "delivered"],
      [2, "delivered"],
      [3, "delivered"],
    ]);
    expect(message.parts[0]!.smscMessageId).toBe(message.smscMessageId);
  });
});

describe("inbound messages over SMPP", () => {
  it("opts a contact out on STOP, confirms over SMPP, and keeps the bind up after a bad PDU", async () => {
    const started = await startSimulator({ receipts: { delayMs: 0 } });
    simulator = started.simulator;
    const tenant = await makeSendingOrg({ port: started.port, recipients: 3 });
    const campaign = await launchCampaign(tenant);
    await allFinal(campaign.id, 3);

    // A receipt nobody can read, then an MO: the first is kept with its reason, the second still arrives.
    await simulator.injectDeliverSm({
      esmClass: 0x04,
      dataCoding: 0,
      shortMessage: Buffer.from("garbage"),
    });
    const answer = await simulator.injectMo({ from: "4915100000002", to: "4915700000000", text: " Stop " });
    expect(answer).toBe(0);

    const contact = await until(
      () => db.contact.findFirstOrThrow({ where: { orgId: tenant.org.id, phone: "+4915100000002" } }),
      (c) => c.optedOut,
      10_000,
      "opted out",
    );
    expect(contact.optedOutAt).not.toBeNull();
    const confirmation = await until(
      () =>
        db.message.findFirst({ where: { orgId: tenant.org.id, direction: "outbound", campaignId: null } }),
      (m) => m?.status === "delivered" || m?.status === "submitted",
      15_000,
      "confirmation sent",
    );
    expect(confirmation!.body).toMatch(/unsubscribed/);
    const confirmationSubmits = simulator.submits.filter(
      (submit) => submit.destinationAddr === "4915100000002" && submit.sourceAddr === "4915700000000",
    );
    expect(confirmationSubmits).toHaveLength(1);
    const malformed = await db.receipt.findFirst({ where: { orgId: tenant.org.id, problem: { not: null } } });
    expect(malformed?.problem).toBeTruthy();
    expect((await campaignRow(campaign.id)).optedOutCount).toBe(1);
  });
});
