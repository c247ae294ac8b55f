import { afterAll, describe, expect, it } from "vitest";
import {
  cancelCampaign,
  createCampaign,
  getCampaign,
  pauseCampaign,
  resumeCampaign,
  scheduleCampaign,
  sendCampaignNow,
  startCampaign,
  updateCampaign,
} from "@/lib/campaigns";
import { completeCampaignIfDone } from "@/lib/campaigns/complete-campaign";
import { FIRST_CONTACT_CURSOR, snapshotAudienceSlice } from "@/lib/campaigns/snapshot-audience";
import { takeAudience } from "@/lib/campaigns/take-audience";
import { db, getPool } from "@/lib/db";
import { getQueue, QUEUES } from "@/lib/queue";
import { batchesHolding, campaignMessageIds, makeSendingOrg } from "./helpers/campaign-fixtures";

const draftFor = (tenant: Awaited<ReturnType<typeof makeSendingOrg>>) => ({
  orgId: tenant.org.id,
  name: "Spring sale",
  senderId: "Relay",
  listIds: [tenant.list.id],
  body: "Hi {{firstName}}!",
  connectorId: tenant.connector.id,
});

afterAll(async () => {
  // Nothing here runs a worker: drop the jobs these tests enqueued.
  await getQueue(QUEUES.send).obliterate({ force: true });
  await getQueue(QUEUES.campaigns).obliterate({ force: true });
});

describe("campaign drafts", () => {
  it("names the field of each problem", async () => {
    const tenant = await makeSendingOrg({ port: 2775, recipients: 1 });
    const other = await makeSendingOrg({ port: 2775, recipients: 1 });
    const draft = draftFor(tenant);
    await expect(createCampaign({ ...draft, senderId: "Far too long name" })).rejects.toMatchObject({
      field: "senderId",
      message: "An alphanumeric sender ID can be at most 11 characters.",
    });
    await expect(createCampaign({ ...draft, listIds: [] })).rejects.toMatchObject({ field: "listIds" });
    await expect(createCampaign({ ...draft, listIds: [other.list.id] })).rejects.toMatchObject({
      field: "listIds",
      message: "That list does not exist.",
    });
    await expect(createCampaign({ ...draft, connectorId: other.connector.id })).rejects.toMatchObject({
      field: "connectorId",
    });
    await expect(createCampaign({ ...draft, body: "  " })).rejects.toMatchObject({ field: "body" });
    await expect(createCampaign({ ...draft, body: "Hi {{nope}}" })).rejects.toMatchObject({ field: "body" });
    await expect(
      createCampaign({ ...draft, quietHours: { start: "21:00", end: "21:00" } }),
    ).rejects.toMatchObject({ field: "quietHours.end" });
    await expect(
      createCampaign({ ...draft, schedule: { date: "2026-12-01", time: "25:00", timeZone: "UTC" } }),
    ).rejects.toMatchObject({ field: "schedule.time" });
  });

  it("copies the template's body and stores quiet hours and schedule", async () => {
    const tenant = await makeSendingOrg({ port: 2775, recipients: 1 });
    const template = await db.template.create({
      data: { orgId: tenant.org.id, name: "T", body: "Hello {{firstName}} from the template" },
    });
    const campaign = await createCampaign({
      ...draftFor(tenant),
      templateId: template.id,
      body: "",
      schedule: { date: "2030-06-01", time: "09:30", timeZone: "Europe/Berlin" },
      quietHours: { start: "21:00", end: "08:00" },
    });
    expect(campaign).toMatchObject({
      status: "draft",
      body: "Hello {{firstName}} from the template",
      timeZone: "Europe/Berlin",
      quietHours: { start: "21:00", end: "08:00" },
    });
    expect(campaign.scheduledAt?.toISOString()).toBe("2030-06-01T07:30:00.000Z");
  });
});

describe("campaign state machine", () => {
  it("accepts only legal transitions, with a readable refusal", async () => {
    const tenant = await makeSendingOrg({ port: 2775, recipients: 1 });
    const campaign = await createCampaign(draftFor(tenant));
    const ref = { orgId: tenant.org.id, campaignId: campaign.id };
    await expect(pauseCampaign(ref)).rejects.toThrow("A draft campaign cannot be paused.");
    await expect(resumeCampaign(ref)).rejects.toThrow("A draft campaign cannot be resumed.");
    await cancelCampaign(ref);
    await expect(sendCampaignNow(ref)).rejects.toThrow("A cancelled campaign cannot be sent.");
    await expect(updateCampaign({ ...draftFor(tenant), campaignId: campaign.id })).rejects.toThrow(
      "A cancelled campaign can no longer be edited.",
    );
    expect((await getCampaign(ref)).status).toBe("cancelled");
  });

  it("keeps other organizations out", async () => {
    const tenant = await makeSendingOrg({ port: 2775, recipients: 1 });
    const intruder = await makeSendingOrg({ port: 2775, recipients: 1 });
    const campaign = await createCampaign(draftFor(tenant));
    const theirs = { orgId: intruder.org.id, campaignId: campaign.id };
    await expect(getCampaign(theirs)).rejects.toThrow("That campaign was not found.");
    await expect(sendCampaignNow(theirs)).rejects.toThrow("That campaign was not found.");
    await expect(cancelCampaign(theirs)).rejects.toThrow("That campaign was not found.");
    await expect(updateCampaign({ ...draftFor(intruder), campaignId: campaign.id })).rejects.toThrow(
      "That campaign was not found.",
    );
    expect((await getCampaign({ orgId: tenant.org.id, campaignId: campaign.id })).status).toBe("draft");
  });
});

describe("campaign start", () => {
  it("takes the audience once: lists merged, opted-out and duplicates left out", async () => {
    const tenant = await makeSendingOrg({ port: 2775, recipients: 30, optedOutEvery: 10 });
    // A second list holding the first ten contacts again.
    const second = await db.contactList.create({ data: { orgId: tenant.org.id, name: "Second" } });
    await db.$executeRaw`
      INSERT INTO contact_list_members ("listId", "contactId")
      SELECT ${second.id}::uuid, id FROM contacts WHERE "orgId" = ${tenant.org.id}::uuid ORDER BY id LIMIT 10`;
    const campaign = await createCampaign({ ...draftFor(tenant), listIds: [tenant.list.id, second.id] });
    const ref = { orgId: tenant.org.id, campaignId: campaign.id };
    await sendCampaignNow(ref);
    expect(await startCampaign(ref)).toBe("started");
    expect(await startCampaign(ref)).toBe("started");

    const detail = await getCampaign(ref);
    expect(detail.counts).toMatchObject({ recipients: 27, excludedOptedOut: 3, excludedDuplicates: 10 });
    expect(await db.message.count({ where: { campaignId: campaign.id, status: "queued" } })).toBe(27);
    const jobs = await getQueue(QUEUES.send).getJobs(["waiting", "prioritized"]);
    expect(jobs.filter((job) => job.data.campaignId === campaign.id)).toHaveLength(1);
  });

  it("takes a large audience in slices, each message in exactly one send batch, once", async () => {
    const tenant = await makeSendingOrg({ port: 2775, recipients: 30, optedOutEvery: 10 });
    const second = await db.contactList.create({ data: { orgId: tenant.org.id, name: "Second" } });
    await db.$executeRaw`
      INSERT INTO contact_list_members ("listId", "contactId")
      SELECT ${second.id}::uuid, id FROM contacts WHERE "orgId" = ${tenant.org.id}::uuid ORDER BY id DESC LIMIT 10`;
    const campaign = await createCampaign({ ...draftFor(tenant), listIds: [tenant.list.id, second.id] });
    const ref = { orgId: tenant.org.id, campaignId: campaign.id };
    await db.campaign.update({ where: { id: campaign.id }, data: { status: "running", sendGeneration: 1 } });
    const pass = { ...ref, senderId: "Relay", generation: 1 };
    // Slices of 4, 8, 8, 8 and 8 contacts: the last one holds the doubled memberships.
    const slices = { first: 4, max: 8 };

    const taken = await takeAudience(pass, slices);
    expect(taken.complete).toBe(true);
    const ids = await campaignMessageIds(campaign.id);
    expect(ids).toHaveLength(27);
    expect(batchesHolding(taken.batches, ids)).toEqual(ids.map(() => 1));
    expect(taken.batches.length).toBeGreaterThanOrEqual(4);
    expect((await getCampaign(ref)).counts).toMatchObject({
      recipients: 27,
      excludedOptedOut: 3,
      excludedDuplicates: 10,
    });

    // Again (a start job run twice): no new rows, the same counts.
    expect((await takeAudience(pass, slices)).complete).toBe(true);
    expect(await db.message.count({ where: { campaignId: campaign.id } })).toBe(27);
    expect((await getCampaign(ref)).counts).toMatchObject({ recipients: 27, excludedDuplicates: 10 });
  });

  it("after a start job died between a slice and its batches, the next pass plans those messages too", async () => {
    const tenant = await makeSendingOrg({ port: 2775, recipients: 20 });
    const campaign = await createCampaign(draftFor(tenant));
    const ref = { orgId: tenant.org.id, campaignId: campaign.id };
    await db.campaign.update({ where: { id: campaign.id }, data: { status: "running", sendGeneration: 1 } });
    const pass = { ...ref, senderId: "Relay", generation: 1 };
    // The dead pass committed its first slice (6 rows) and enqueued nothing.
    await snapshotAudienceSlice(getPool(), pass, { afterContactId: FIRST_CONTACT_CURSOR, size: 6 });

    const rerun = await takeAudience(pass, { first: 4, max: 8 });
    expect(rerun.complete).toBe(true);
    const ids = await campaignMessageIds(campaign.id);
    expect(ids).toHaveLength(20);
    expect(batchesHolding(rerun.batches, ids)).toEqual(ids.map(() => 1));
    expect((await getCampaign(ref)).counts.recipients).toBe(20);
  });

  it("completes a campaign only once its whole audience is taken", async () => {
    const tenant = await makeSendingOrg({ port: 2775, recipients: 5 });
    const campaign = await createCampaign(draftFor(tenant));
    const ref = { orgId: tenant.org.id, campaignId: campaign.id };
    await sendCampaignNow(ref);
    // Running, no message yet: the start job has not taken the audience.
    expect((await getCampaign(ref)).audienceComplete).toBe(false);
    expect(await completeCampaignIfDone(ref.orgId, ref.campaignId)).toBe(false);
    expect(await startCampaign(ref)).toBe("started");
    expect((await getCampaign(ref)).audienceComplete).toBe(true);
    await db.message.updateMany({ where: { campaignId: campaign.id }, data: { status: "submitted" } });
    expect(await completeCampaignIfDone(ref.orgId, ref.campaignId)).toBe(true);
  });

  it("takes nothing for a paused campaign and cancels what a slice queued after a cancel", async () => {
    const tenant = await makeSendingOrg({ port: 2775, recipients: 6 });
    const campaign = await createCampaign(draftFor(tenant));
    const ref = { orgId: tenant.org.id, campaignId: campaign.id };
    await sendCampaignNow(ref);
    await pauseCampaign(ref);
    const pass = { ...ref, senderId: "Relay", generation: 1 };
    expect(await takeAudience(pass)).toEqual({ complete: false, batches: [] });
    expect(await db.message.count({ where: { campaignId: campaign.id } })).toBe(0);

    // A slice that commits after the cancel's own update of queued messages.
    await db.campaign.update({ where: { id: campaign.id }, data: { status: "running" } });
    await snapshotAudienceSlice(getPool(), pass, { afterContactId: FIRST_CONTACT_CURSOR, size: 3 });
    await db.campaign.update({ where: { id: campaign.id }, data: { status: "cancelled" } });
    expect((await takeAudience(pass)).complete).toBe(false);
    expect(await db.message.count({ where: { campaignId: campaign.id, status: "cancelled" } })).toBe(3);
    expect((await getCampaign(ref)).counts).toMatchObject({ recipients: 3, cancelled: 3 });
  });

  it("starts a scheduled campaign at its time, not before", async () => {
    const tenant = await makeSendingOrg({ port: 2775, recipients: 3 });
    const inAnHour = new Date(Date.now() + 3_600_000);
    const campaign = await createCampaign({
      ...draftFor(tenant),
      schedule: {
        date: inAnHour.toISOString().slice(0, 10),
        time: inAnHour.toISOString().slice(11, 16),
        timeZone: "UTC",
      },
    });
    const ref = { orgId: tenant.org.id, campaignId: campaign.id };
    await scheduleCampaign(ref);
    const delayed = (await getQueue(QUEUES.campaigns).getJobs(["delayed"])).filter(
      (job) => job.data.campaignId === campaign.id,
    );
    expect(delayed).toHaveLength(1);
    const dueAt = delayed[0]!.timestamp + delayed[0]!.delay;
    expect(Math.abs(dueAt - inAnHour.getTime())).toBeLessThan(61_000);

    // Fired early (a stale job after a re-schedule): nothing happens.
    expect(await startCampaign(ref)).toBe("not_due");
    expect((await getCampaign(ref)).status).toBe("scheduled");

    // Its time has come.
    await db.campaign.update({
      where: { id: campaign.id },
      data: { scheduledAt: new Date(Date.now() - 1000) },
    });
    expect(await startCampaign(ref)).toBe("started");
    const detail = await getCampaign(ref);
    expect(detail.status).toBe("running");
    expect(detail.counts.recipients).toBe(3);
  });

  it("re-schedules a scheduled campaign when it is edited", async () => {
    const tenant = await makeSendingOrg({ port: 2775, recipients: 1 });
    const at = (ms: number) => {
      const date = new Date(Date.now() + ms);
      return {
        date: date.toISOString().slice(0, 10),
        time: date.toISOString().slice(11, 16),
        timeZone: "UTC",
      };
    };
    const campaign = await createCampaign({ ...draftFor(tenant), schedule: at(3_600_000) });
    const ref = { orgId: tenant.org.id, campaignId: campaign.id };
    await scheduleCampaign(ref);
    const updated = await updateCampaign({
      ...draftFor(tenant),
      campaignId: campaign.id,
      schedule: at(7_200_000),
    });
    expect(updated.status).toBe("scheduled");
    const delayed = (await getQueue(QUEUES.campaigns).getJobs(["delayed"])).filter(
      (job) => job.data.campaignId === campaign.id,
    );
    expect(delayed).toHaveLength(1);
    expect(Math.abs(delayed[0]!.timestamp + delayed[0]!.delay - updated.scheduledAt!.getTime())).toBeLessThan(
      1000,
    );
    await expect(
      updateCampaign({ ...draftFor(tenant), campaignId: campaign.id, schedule: at(1000) }),
    ).rejects.toThrow("at least a minute from now");
  });
});
