import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { cancelCampaign, pauseCampaign, resumeCampaign } from "@/lib/campaigns";
import { db } from "@/lib/db";
import { logger } from "@/lib/logger";
import { startWorker, type RunningWorker } from "@/worker/start-worker";
import type { SmscSimulator } from "@/worker/smsc-simulator/simulator";
import {
  campaignRow,
  launchCampaign,
  makeSendingOrg,
  phonesWithStatus,
  startSimulator,
  statusCounts,
  until,
} from "./helpers/campaign-fixtures";

let worker: RunningWorker;
let simulator: SmscSimulator | undefined;

beforeAll(async () => {
  worker = await startWorker(logger.child({ test: "campaigns-send" }));
});
afterAll(async () => {
  await worker.stop();
});
afterEach(async () => {
  await simulator?.close();
  simulator = undefined;
});

/** Every destination's count of accepted messages (a concatenated one counts once). */
function countsOf(sim: SmscSimulator): Map<string, number> {
  return sim.messagesByDestination();
}

async function completed(campaignId: string, timeoutMs = 60_000) {
  return until(
    () => campaignRow(campaignId),
    (row) => ["completed", "cancelled", "failed"].includes(row.status),
    timeoutMs,
    "campaign finished",
  );
}

describe("sending a campaign over SMPP", () => {
  it("submits exactly one message per recipient and completes", async () => {
    const started = await startSimulator();
    simulator = started.simulator;
    const tenant = await makeSendingOrg({ port: started.port, recipients: 3000, optedOutEvery: 100 });
    const campaign = await launchCampaign(tenant);
    const row = await completed(campaign.id);

    expect(row.status).toBe("completed");
    expect(row.recipients).toBe(2970);
    expect(row.excludedOptedOut).toBe(30);
    expect(row.sentCount).toBe(2970);
    expect(await statusCounts(campaign.id)).toEqual({ submitted: 2970 });
    const counts = countsOf(simulator);
    expect(counts.size).toBe(2970);
    expect([...counts.values()].every((count) => count === 1)).toBe(true);
    const stored = await db.message.findFirstOrThrow({ where: { campaignId: campaign.id } });
    expect(stored.smscMessageId).toBeTruthy();
    expect(stored.body).toMatch(/^Hi .*, this is a test\.$|^Hi , this is a test\.$/);
  });

  it("skips a contact who opted out after the audience was taken", async () => {
    const started = await startSimulator({ responseLatencyMs: 20 });
    simulator = started.simulator;
    const tenant = await makeSendingOrg({ port: started.port, recipients: 200, throughputPerSecond: 100 });
    const campaign = await launchCampaign(tenant);
    await until(
      () => campaignRow(campaign.id),
      (row) => row.recipients === 200,
      10_000,
      "snapshot",
    );
    const last = tenant.contactIds.at(-1)!;
    await db.contact.update({ where: { id: last }, data: { optedOut: true, optedOutAt: new Date() } });
    const row = await completed(campaign.id);
    expect(row.skippedCount).toBe(1);
    expect(row.sentCount).toBe(199);
    const skipped = await db.message.findFirstOrThrow({
      where: { campaignId: campaign.id, contactId: last },
    });
    expect(skipped).toMatchObject({ status: "skipped", errorReason: "The contact opted out." });
  });

  it("fails only the messages the SMSC refuses for good, with the status code readable", async () => {
    const started = await startSimulator({ faults: [{ suffix: "7", kind: "permanent" }] });
    simulator = started.simulator;
    const tenant = await makeSendingOrg({ port: started.port, recipients: 100 });
    const campaign = await launchCampaign(tenant);
    const row = await completed(campaign.id);
    expect(row).toMatchObject({ status: "completed", failedCount: 10, sentCount: 90 });
    const failed = await db.message.findMany({ where: { campaignId: campaign.id, status: "failed" } });
    expect(failed.every((message) => message.phone.endsWith("7"))).toBe(true);
    expect(failed[0]).toMatchObject({ errorCode: 0x0b });
    expect(failed[0]!.errorReason).toMatch(/^ESME_RINVDSTADR/);
  });

  it("slows down on throttled answers and loses nothing", async () => {
    const started = await startSimulator({ maxSubmitsPerSecond: 150 });
    simulator = started.simulator;
    const tenant = await makeSendingOrg({ port: started.port, recipients: 600, throughputPerSecond: 1000 });
    const campaign = await launchCampaign(tenant);
    const row = await completed(campaign.id);
    expect(row).toMatchObject({ status: "completed", sentCount: 600, failedCount: 0 });
    expect(simulator.stats.throttled).toBeGreaterThan(0);
    const counts = countsOf(simulator);
    expect(counts.size).toBe(600);
    expect([...counts.values()].every((count) => count === 1)).toBe(true);
  });

  it("records a submit that got no answer as unknown and never sends it again", async () => {
    const started = await startSimulator({ faults: [{ suffix: "13", kind: "no_response" }] });
    simulator = started.simulator;
    const tenant = await makeSendingOrg({ port: started.port, recipients: 120, responseTimeoutSeconds: 1 });
    const campaign = await launchCampaign(tenant);
    const row = await completed(campaign.id);
    expect(row).toMatchObject({ status: "completed", unknownCount: 2, sentCount: 118 });
    const unknown = await phonesWithStatus(campaign.id, ["unknown"]);
    expect(unknown.sort()).toEqual(["4915100000013", "4915100000113"]);
    expect(simulator.stats.unanswered).toBe(2);
  });

  it("sends long GSM-7 and UCS-2 messages as correctly concatenated parts", async () => {
    const started = await startSimulator();
    simulator = started.simulator;
    const tenant = await makeSendingOrg({ port: started.port, recipients: 2 });
    const gsm = "Long GSM text with {curly} braces and € signs. ".repeat(6).trim();
    const ucs = "Привет! Это длинное сообщение на кириллице. ".repeat(3).trim();
    for (const body of [gsm, ucs]) {
      simulator.resetCounts();
      const campaign = await launchCampaign(tenant, { body, name: body.slice(0, 10) });
      await completed(campaign.id);
      const submits = simulator.submits.filter((submit) => submit.destinationAddr === "4915100000001");
      const parts = submits.slice(-3);
      expect(parts.length).toBeGreaterThanOrEqual(2);
      const headers = parts.map((part) => part.shortMessage.subarray(0, 6));
      const total = headers[0]![4]!;
      const ofThisMessage = submits.slice(-total);
      const udh = ofThisMessage.map((part) => [...part.shortMessage.subarray(0, 6)]);
      expect(udh.map((h) => h.slice(0, 3))).toEqual(ofThisMessage.map(() => [0x05, 0x00, 0x03]));
      expect(new Set(udh.map((h) => h[3])).size).toBe(1);
      expect(udh.map((h) => h[5]).sort()).toEqual(Array.from({ length: total }, (_, i) => i + 1));
      for (const part of ofThisMessage) {
        expect(part.esmClass & 0x40).toBe(0x40);
        expect(part.dataCoding).toBe(body === gsm ? 0 : 8);
      }
      // Reassembled, the parts say exactly the text.
      const ordered = [...ofThisMessage].sort((a, b) => a.shortMessage[5]! - b.shortMessage[5]!);
      const payload = Buffer.concat(ordered.map((part) => part.shortMessage.subarray(6)));
      if (body === ucs) expect(payload.swap16().toString("utf16le")).toBe(ucs);
      else expect(payload.length).toBeGreaterThan(gsm.length);
      const message = await db.message.findFirstOrThrow({
        where: { campaignId: campaign.id, phone: "+4915100000001" },
      });
      expect(message.segments).toBe(total);
    }
  });
});

describe("pausing, resuming and cancelling", () => {
  it("stops submitting within 2 s of a pause and finishes after resume", async () => {
    const started = await startSimulator();
    simulator = started.simulator;
    const tenant = await makeSendingOrg({ port: started.port, recipients: 1500, throughputPerSecond: 200 });
    const campaign = await launchCampaign(tenant);
    const ref = { orgId: tenant.org.id, campaignId: campaign.id };
    await until(
      () => simulator!.stats.submitted,
      (n) => n >= 200,
      20_000,
      "first submits",
    );
    await pauseCampaign(ref);
    await new Promise((resolve) => setTimeout(resolve, 2000));
    const atTwoSeconds = simulator.stats.submitted;
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(simulator.stats.submitted).toBe(atTwoSeconds);
    expect(atTwoSeconds).toBeLessThan(1500);
    const paused = await campaignRow(campaign.id);
    expect(paused.status).toBe("paused");
    expect(await db.message.count({ where: { campaignId: campaign.id, status: "sending" } })).toBe(0);

    await resumeCampaign(ref);
    const row = await completed(campaign.id);
    expect(row).toMatchObject({ status: "completed", sentCount: 1500 });
    const counts = countsOf(simulator);
    expect(counts.size).toBe(1500);
    expect([...counts.values()].every((count) => count === 1)).toBe(true);
  });

  it("cancels for good: no submit after it, the rest cancelled", async () => {
    const started = await startSimulator();
    simulator = started.simulator;
    const tenant = await makeSendingOrg({ port: started.port, recipients: 1500, throughputPerSecond: 200 });
    const campaign = await launchCampaign(tenant);
    const ref = { orgId: tenant.org.id, campaignId: campaign.id };
    await until(
      () => simulator!.stats.submitted,
      (n) => n >= 100,
      20_000,
      "first submits",
    );
    await cancelCampaign(ref);
    await new Promise((resolve) => setTimeout(resolve, 2000));
    const afterCancel = simulator.stats.submitted;
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(simulator.stats.submitted).toBe(afterCancel);
    const row = await campaignRow(campaign.id);
    expect(row.status).toBe("cancelled");
    expect(row.sentCount + row.cancelledCount).toBe(1500);
    expect(row.sentCount).toBe(afterCancel);
    expect(await statusCounts(campaign.id)).toEqual({
      submitted: row.sentCount,
      cancelled: row.cancelledCount,
    });
    await expect(resumeCampaign(ref)).rejects.toThrow("A cancelled campaign cannot be resumed.");
  });
});

describe("quiet hours", () => {
  it("holds recipients whose local time is in quiet hours and sends the others", async () => {
    const started = await startSimulator();
    simulator = started.simulator;
    const tenant = await makeSendingOrg({ port: started.port, recipients: 20 });
    // Quiet hours that cover "now" in UTC but not 12 hours away.
    const now = new Date();
    const minute = now.getUTCHours() * 60 + now.getUTCMinutes();
    const clock = (m: number) =>
      `${String(Math.floor(((m + 1440) % 1440) / 60)).padStart(2, "0")}:${String(((m + 1440) % 1440) % 60).padStart(2, "0")}`;
    const quietHours = { start: clock(minute - 60), end: clock(minute + 60) };
    const asia = tenant.contactIds.slice(0, 5);
    await db.contact.updateMany({ where: { orgId: tenant.org.id }, data: { timeZone: "UTC" } });
    await db.contact.updateMany({ where: { id: { in: asia } }, data: { timeZone: "Pacific/Kiritimati" } });
    // Kiritimati is UTC+14: its clock is 14 hours ahead, outside a 2-hour window around UTC now.
    const campaign = await launchCampaign(tenant, { quietHours });
    await until(
      () => campaignRow(campaign.id),
      (row) => row.sentCount === 5,
      20_000,
      "sendable sent",
    );
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const row = await campaignRow(campaign.id);
    expect(row).toMatchObject({ status: "running", sentCount: 5 });
    expect(await statusCounts(campaign.id)).toEqual({ submitted: 5, queued: 15 });
    const sent = await db.message.findMany({ where: { campaignId: campaign.id, status: "submitted" } });
    expect(sent.map((message) => message.contactId).sort()).toEqual([...asia].sort());
  });
});
