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
    expect(row).toMatchObject({
      status: "completed",
      sentCount: 300,
      deliveredCount: 270,
      undeliveredCount: 30,
      failedCount: 0,
    });
    const undelivered = await db.message.findFirstOrThrow({
      where: { campaignId: campaign.id, status: "undelivered" },
    });
    expect(undelivered.phone.endsWith("3")).toBe(true);
    expect(undelivered.finalAt).not.toBeNull();
    // Receipts that overtook their response were kept, then matched once it was stored.
    await until(
      () => db.receipt.count({ where: { orgId: tenant.org.id, matchedAt: null } }),
      (count) => count === 0,
      10_000,
      "no receipt left unmatched",
    );
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

describe("receipts out of order and twice", () => {
  it("never moves a final status back and never counts a message twice", async () => {
    const started = await startSimulator({ receipts: { delayMs: 0 } });
    simulator = started.simulator;
    const tenant = await makeSendingOrg({ port: started.port, recipients: 5 });
    const campaign = await launchCampaign(tenant);
    await allFinal(campaign.id, 5);
    const message = await db.message.findFirstOrThrow({ where: { campaignId: campaign.id } });
    const receipt = (stat: string, state: number) =>
      simulator!.injectDeliverSm({
        esmClass: 0x04,
        dataCoding: 0,
        shortMessage: Buffer.from(
          `id:${message.smscMessageId} sub:001 dlvrd:001 submit date:2611251200 done date:2611251201 stat:${stat} err:000 text:x`,
        ),
        receiptedMessageId: message.smscMessageId!,
        messageState: state,
      });
    // The same DELIVRD again, a late ENROUTE, and an UNDELIV after the fact.
    expect(await receipt("DELIVRD", 2)).toBe(0);
    expect(await receipt("ENROUTE", 1)).toBe(0);
    expect(await receipt("UNDELIV", 5)).toBe(0);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect((await db.message.findUniqueOrThrow({ where: { id: message.id } })).status).toBe("delivered");
    expect(await campaignRow(campaign.id)).toMatchObject({
      deliveredCount: 5,
      failedCount: 0,
      undeliveredCount: 0,
    });
    // None of them is "unmatched": they name a known message.
    expect(await db.receipt.count({ where: { orgId: tenant.org.id, matchedAt: null } })).toBe(0);
  });

  it("keeps a receipt for an id nobody knows, for inspection", async () => {
    const started = await startSimulator();
    simulator = started.simulator;
    const tenant = await makeSendingOrg({ port: started.port, recipients: 1 });
    const campaign = await launchCampaign(tenant);
    await until(
      () => campaignRow(campaign.id),
      (row) => row.status === "completed",
      20_000,
      "sent",
    );
    const answer = await simulator.injectDeliverSm({
      esmClass: 0x04,
      dataCoding: 0,
      shortMessage: Buffer.from(
        "id:DEADBEEF sub:001 dlvrd:001 submit date:2611251200 done date:2611251201 stat:DELIVRD err:000 text:x",
      ),
    });
    expect(answer).toBe(0);
    const kept = await until(
      () => db.receipt.findFirst({ where: { orgId: tenant.org.id } }),
      (row) => row !== null,
      5_000,
      "receipt kept",
    );
    expect(kept).toMatchObject({
      smscMessageId: "deadbeef",
      stat: "DELIVRD",
      matchedAt: null,
      problem: null,
    });
  });
});

describe("inbound messages over SMPP", () => {
  it("stops a recipient's remaining message when they send STOP mid-campaign", async () => {
    const started = await startSimulator();
    simulator = started.simulator;
    // 20 messages a second: the last recipient's message goes out after about 3 s.
    const tenant = await makeSendingOrg({ port: started.port, recipients: 60, throughputPerSecond: 20 });
    const campaign = await launchCampaign(tenant);
    await until(
      () => simulator!.stats.submitted,
      (n) => n >= 5,
      10_000,
      "first submits",
    );
    expect(await simulator.injectMo({ from: "4915100000060", to: "4915700000000", text: "STOP" })).toBe(0);
    const row = await until(
      () => campaignRow(campaign.id),
      (r) => r.status === "completed",
      30_000,
      "done",
    );
    expect(row).toMatchObject({ sentCount: 59, skippedCount: 1 });
    const last = await db.message.findFirstOrThrow({
      where: { campaignId: campaign.id, phone: "+4915100000060" },
    });
    expect(last.status).toBe("skipped");
    expect(simulator.messagesByDestination().get("4915100000060")).toBe(1); // only the STOP confirmation
  });

  it("makes a new contact and conversation from an unknown number, and keeps an unreadable message", async () => {
    const started = await startSimulator();
    simulator = started.simulator;
    const tenant = await makeSendingOrg({ port: started.port, recipients: 1 });
    const campaign = await launchCampaign(tenant);
    await until(
      () => campaignRow(campaign.id),
      (row) => row.status === "completed",
      20_000,
      "sent",
    );
    expect(
      await simulator.injectMo({ from: "4917612345678", to: "4915700000000", text: "Hello, who is this?" }),
    ).toBe(0);
    const contact = await until(
      () => db.contact.findFirst({ where: { orgId: tenant.org.id, phone: "+4917612345678" } }),
      (row) => row !== null,
      5_000,
      "contact",
    );
    const conversation = await db.conversation.findUniqueOrThrow({ where: { contactId: contact!.id } });
    expect(conversation).toMatchObject({ unreadCount: 1, lastMessagePreview: "Hello, who is this?" });

    // data_coding 0x05 (JIS) is not one we read: stored with the reason, answered, the bind stays up.
    expect(
      await simulator.injectDeliverSm({
        esmClass: 0,
        dataCoding: 0x05,
        sourceAddr: "4917612345678",
        sourceAddrTon: 1,
        destinationAddr: "4915700000000",
        shortMessage: Buffer.from([0x82, 0xa0]),
      }),
    ).toBe(0);
    const unreadable = await until(
      () => db.message.findFirst({ where: { conversationId: conversation.id, errorReason: { not: null } } }),
      (row) => row !== null,
      5_000,
      "unreadable kept",
    );
    expect(unreadable!.errorReason).toMatch(/data_coding/);
    expect(
      await simulator.injectMo({ from: "4917612345678", to: "4915700000000", text: "Still there?" }),
    ).toBe(0);
  });

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
