import { describe, expect, it } from "vitest";
import { exportCampaignReportCsv, getCampaignReport, getRecentCampaigns } from "@/lib/campaigns";
import { db, type CampaignStatus } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { insertContact, insertContacts } from "./helpers/contact-factories";
import { makeOrganization } from "./helpers/factories";

/** A whole minute, so bucket boundaries in the tests are easy to read. */
const T0 = new Date("2026-01-05T10:00:00.000Z");
const at = (seconds: number) => new Date(T0.getTime() + seconds * 1000);

type MessageRow = {
  status: string;
  /** Seconds after T0. */
  submitted?: number | null;
  final?: number | null;
  errorCode?: number | null;
  errorReason?: string | null;
  smscMessageId?: string | null;
  segments?: number;
};

/** A campaign row with the given counters and times; messages are added with `insertMessages`. */
async function makeCampaign(
  orgId: string,
  options: {
    status?: CampaignStatus;
    name?: string;
    started?: number | null;
    completed?: number | null;
    counters?: Partial<Record<CounterColumn, number>>;
  } = {},
) {
  return db.campaign.create({
    data: {
      orgId,
      name: options.name ?? "Report test",
      senderId: "Relay",
      body: "Hi",
      status: options.status ?? "completed",
      startedAt: options.started === null ? null : at(options.started ?? 0),
      completedAt:
        options.completed === undefined || options.completed === null ? null : at(options.completed),
      ...options.counters,
    },
  });
}

type CounterColumn =
  | "recipients"
  | "sentCount"
  | "deliveredCount"
  | "failedCount"
  | "undeliveredCount"
  | "expiredCount"
  | "unknownCount"
  | "skippedCount"
  | "cancelledCount"
  | "repliedCount"
  | "optedOutCount";

/** One message per row, for the given contacts in order (ids ascending), in one INSERT … SELECT unnest. */
async function insertMessages(
  campaign: { id: string; orgId: string },
  contactIds: readonly bigint[],
  rows: readonly MessageRow[],
) {
  const seconds = (value: number | null | undefined) =>
    value === null || value === undefined ? null : at(value);
  await db.$executeRaw`
    INSERT INTO messages ("orgId", "campaignId", "contactId", direction, status, phone, sender,
                          "submittedAt", "finalAt", "errorCode", "errorReason", "smscMessageId", segments)
    SELECT ${campaign.orgId}::uuid, ${campaign.id}::uuid, r.contact_id, 'outbound', r.status::"MessageStatus",
           c.phone, 'Relay', r.submitted, r.final, r.error_code, r.error_reason, r.smsc_id, r.segments
    FROM unnest(${contactIds.slice(0, rows.length)}::bigint[], ${rows.map((r) => r.status)}::text[],
                ${rows.map((r) => seconds(r.submitted))}::timestamptz[], ${rows.map((r) => seconds(r.final))}::timestamptz[],
                ${rows.map((r) => r.errorCode ?? null)}::int[], ${rows.map((r) => r.errorReason ?? null)}::text[],
                ${rows.map((r) => r.smscMessageId ?? null)}::text[], ${rows.map((r) => r.segments ?? 1)}::int[])
      WITH ORDINALITY AS r(contact_id, status, submitted, final, error_code, error_reason, smsc_id, segments, n)
    JOIN contacts c ON c.id = r.contact_id
    ORDER BY r.n`;
}

async function collect(chunks: AsyncIterable<string>): Promise<string[]> {
  const all: string[] = [];
  for await (const chunk of chunks) all.push(chunk);
  return all;
}

/**
 * Twelve recipients: 6 sent (4 delivered after 2, 4, 6 and 100 s, one undelivered, one still
 * submitted), 3 refused at submit, 1 expired, 1 skipped, 1 not yet sent. The counters are
 * what the sender and the receipts would have left.
 */
async function makeFinishedCampaign() {
  const { org } = await makeOrganization();
  const contactIds = await insertContacts({ orgId: org.id, count: 12 });
  const campaign = await makeCampaign(org.id, {
    started: 0,
    completed: 95,
    counters: {
      recipients: 12,
      sentCount: 7,
      deliveredCount: 4,
      failedCount: 3,
      undeliveredCount: 1,
      expiredCount: 1,
      skippedCount: 1,
      repliedCount: 2,
      optedOutCount: 1,
    },
  });
  await insertMessages(campaign, contactIds, [
    { status: "delivered", submitted: 1, final: 3, smscMessageId: "a1" },
    { status: "delivered", submitted: 2, final: 6, smscMessageId: "a2" },
    { status: "delivered", submitted: 12, final: 18, smscMessageId: "a3" },
    { status: "delivered", submitted: 15, final: 115, smscMessageId: "a4" },
    { status: "undelivered", submitted: 21, final: 40, errorCode: 11, smscMessageId: "a5" },
    { status: "submitted", submitted: 22, smscMessageId: "a6" },
    { status: "expired", submitted: 23, final: 90, errorCode: 0, smscMessageId: "a7" },
    {
      status: "failed",
      final: 30,
      errorCode: 0x0b,
      errorReason: "ESME_RINVDSTADR: Invalid destination address",
    },
    {
      status: "failed",
      final: 31,
      errorCode: 0x0b,
      errorReason: "ESME_RINVDSTADR: Invalid destination address",
    },
    { status: "failed", final: 32, errorCode: 0x45, errorReason: "ESME_RSUBMITFAIL: submit_sm failed" },
    { status: "skipped" },
    { status: "queued" },
  ]);
  return { org, campaign, contactIds };
}

describe("getCampaignReport", () => {
  it("counts every recipient, the delivery rate and the median time to delivery", async () => {
    const { org, campaign } = await makeFinishedCampaign();
    const report = await getCampaignReport({ orgId: org.id, campaignId: campaign.id });

    expect(report.counters).toEqual({
      recipients: 12,
      // 12 − (7 sent + 3 refused at submit + 1 skipped + 0 unknown + 0 cancelled)
      queued: 1,
      sent: 7,
      delivered: 4,
      failed: 4,
      expired: 1,
      unknown: 0,
      skipped: 1,
      cancelled: 0,
      replied: 2,
      optedOut: 1,
    });
    expect(report.status).toBe("completed");
    expect(report.deliveryRate).toBeCloseTo(4 / 7, 10);
    // Delivered after 2, 4, 6 and 100 s: percentile_cont(0.5) is halfway between 4 and 6.
    expect(report.medianSecondsToDelivery).toBe(5);
  });

  it("groups failures by status and error code, largest first, with their meaning", async () => {
    const { org, campaign } = await makeFinishedCampaign();
    const { failures } = await getCampaignReport({ orgId: org.id, campaignId: campaign.id });
    expect(failures).toEqual([
      {
        status: "failed",
        errorCode: 0x0b,
        count: 2,
        error: "ESME_RINVDSTADR",
        meaning: "Invalid destination address.",
      },
      {
        status: "failed",
        errorCode: 0x45,
        count: 1,
        error: "ESME_RSUBMITFAIL",
        meaning: expect.stringMatching(/\.$/),
      },
      {
        status: "undelivered",
        errorCode: 11,
        count: 1,
        error: "err:011",
        meaning: "Carrier error code 11: reported undeliverable; the code's meaning is the carrier's own.",
      },
      {
        status: "expired",
        errorCode: 0,
        count: 1,
        error: "No code",
        meaning: "Not delivered before its validity period ended (the phone was off or out of reach).",
      },
    ]);
  });

  it("draws sends and deliveries in 10 s buckets for a short campaign, zero-filled to the last receipt", async () => {
    const { org, campaign } = await makeFinishedCampaign();
    const { timeline } = await getCampaignReport({ orgId: org.id, campaignId: campaign.id });
    expect(timeline.bucketSeconds).toBe(10);
    // From the start (T0) to the last delivery at 115 s: 12 buckets.
    expect(timeline.buckets).toEqual(Array.from({ length: 12 }, (_, i) => at(i * 10)));
    // Sends: submittedAt of everything the carrier accepted (1, 2 | 12, 15 | 21, 22, 23).
    expect(timeline.sends).toEqual([2, 2, 3, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
    // Deliveries: finalAt of delivered messages only (3, 6 | 18 | 115).
    expect(timeline.deliveries).toEqual([2, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1]);
  });

  it("chooses 1 minute buckets up to 3 hours and 15 minutes beyond", async () => {
    const { org } = await makeOrganization();
    const contactIds = await insertContacts({ orgId: org.id, count: 2 });
    const hour = await makeCampaign(org.id, { completed: 3600, counters: { recipients: 1, sentCount: 1 } });
    await insertMessages(hour, contactIds, [{ status: "submitted", submitted: 1830 }]);
    const long = await makeCampaign(org.id, {
      completed: 4 * 3600,
      counters: { recipients: 1, sentCount: 1 },
    });
    await insertMessages(long, contactIds, [{ status: "submitted", submitted: 3 * 3600 }]);

    const hourly = (await getCampaignReport({ orgId: org.id, campaignId: hour.id })).timeline;
    expect(hourly.bucketSeconds).toBe(60);
    expect(hourly.buckets).toHaveLength(61);
    expect(hourly.sends[30]).toBe(1);
    expect(hourly.sends.reduce((a, b) => a + b)).toBe(1);

    const quarterly = (await getCampaignReport({ orgId: org.id, campaignId: long.id })).timeline;
    expect(quarterly.bucketSeconds).toBe(900);
    expect(quarterly.buckets).toHaveLength(17);
    expect(quarterly.sends[12]).toBe(1);
  });

  it("runs to now while the campaign is running", async () => {
    const { org } = await makeOrganization();
    const started = new Date(Date.now() - 45_000);
    const campaign = await db.campaign.create({
      data: {
        orgId: org.id,
        name: "Live",
        senderId: "Relay",
        body: "Hi",
        status: "running",
        startedAt: started,
      },
    });
    const { timeline } = await getCampaignReport({ orgId: org.id, campaignId: campaign.id });
    // Never taken an audience: nothing to count yet.
    expect(timeline.buckets).toEqual([]);

    await db.campaign.update({ where: { id: campaign.id }, data: { recipients: 3 } });
    const report = await getCampaignReport({ orgId: org.id, campaignId: campaign.id });
    expect(report.timeline.bucketSeconds).toBe(10);
    expect(report.timeline.buckets.length).toBeGreaterThanOrEqual(5);
    expect(report.timeline.buckets.at(-1)!.getTime()).toBeGreaterThan(Date.now() - 20_000);
    expect(report.timeline.sends.every((n) => n === 0)).toBe(true);
    expect(report.counters.queued).toBe(3);
    expect(report.deliveryRate).toBeNull();
    expect(report.medianSecondsToDelivery).toBeNull();
  });

  it("finds no other organization's campaign, nor a malformed id", async () => {
    const { campaign } = await makeFinishedCampaign();
    const other = await makeOrganization();
    await expect(getCampaignReport({ orgId: other.org.id, campaignId: campaign.id })).rejects.toBeInstanceOf(
      NotFoundError,
    );
    await expect(getCampaignReport({ orgId: other.org.id, campaignId: "not-a-uuid" })).rejects.toBeInstanceOf(
      NotFoundError,
    );
    await expect(
      exportCampaignReportCsv({ orgId: other.org.id, campaignId: campaign.id }),
    ).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe("exportCampaignReportCsv", () => {
  it("streams every recipient once, in pages, after the header", async () => {
    const { org, campaign } = await makeFinishedCampaign();
    // Another campaign of the same organization, whose messages must stay out.
    const otherContacts = await insertContacts({ orgId: org.id, count: 3, phoneOffset: 500 });
    const sibling = await makeCampaign(org.id, { name: "Sibling" });
    await insertMessages(sibling, otherContacts, [
      { status: "delivered", submitted: 1, final: 2 },
      { status: "queued" },
      { status: "failed", errorCode: 8 },
    ]);

    const exported = await exportCampaignReportCsv({ orgId: org.id, campaignId: campaign.id, pageSize: 5 });
    expect(exported.campaignName).toBe("Report test");
    const chunks = await collect(exported.chunks);
    // Header, then pages of 5, 5 and 2 messages.
    expect(chunks).toHaveLength(4);
    const lines = chunks.join("").split("\r\n").filter(Boolean);
    expect(lines[0]).toBe(
      "phone,firstName,lastName,status,submittedAt,finalAt,errorCode,errorReason,smscMessageId,segments",
    );
    expect(lines).toHaveLength(13);
    expect(lines.slice(1).map((line) => line.split(",")[0])).toEqual(
      Array.from({ length: 12 }, (_, i) => `+49151${String(i + 1).padStart(8, "0")}`),
    );
    expect(lines[1]).toBe(
      `+4915100000001,First1,Last1,delivered,${at(1).toISOString()},${at(3).toISOString()},,,a1,1`,
    );
    expect(lines[5]).toBe(
      `+4915100000005,,Last2,undelivered,${at(21).toISOString()},${at(40).toISOString()},11,` +
        `Carrier error code 11: reported undeliverable; the code's meaning is the carrier's own.,a5,1`,
    );
    expect(lines[8]).toBe(
      `+4915100000008,First0,Last2,failed,,${at(30).toISOString()},11,ESME_RINVDSTADR: Invalid destination address,,1`,
    );
    expect(lines[12]).toBe("+4915100000012,First0,Last0,queued,,,,,,1");
  });

  it("writes names a spreadsheet would run as formulas as text, and keeps rows of deleted contacts", async () => {
    const { org } = await makeOrganization();
    const risky = await insertContact({
      orgId: org.id,
      phone: "+4915100000077",
      firstName: '=HYPERLINK("http://evil.example","click")',
      lastName: "@SUM(A1), Jr.",
    });
    const leaving = await insertContact({ orgId: org.id, phone: "+4915100000078", firstName: "Gone" });
    const campaign = await makeCampaign(org.id, { name: "=cmd|' /C calc'!A0" });
    await insertMessages(
      campaign,
      [risky, leaving],
      [
        { status: "delivered", submitted: 1, final: 2, segments: 2 },
        { status: "submitted", submitted: 1 },
      ],
    );
    await db.contact.delete({ where: { id: leaving } });

    const exported = await exportCampaignReportCsv({ orgId: org.id, campaignId: campaign.id });
    expect(exported.campaignName).toBe("=cmd|' /C calc'!A0");
    const csv = (await collect(exported.chunks)).join("");
    expect(csv).toBe(
      "phone,firstName,lastName,status,submittedAt,finalAt,errorCode,errorReason,smscMessageId,segments\r\n" +
        `+4915100000077,"'=HYPERLINK(""http://evil.example"",""click"")","'@SUM(A1), Jr.",delivered,` +
        `${at(1).toISOString()},${at(2).toISOString()},,,,2\r\n` +
        `+4915100000078,,,submitted,${at(1).toISOString()},,,,,1\r\n`,
    );
  });

  it("writes only the header for a campaign that never started", async () => {
    const { org } = await makeOrganization();
    const campaign = await makeCampaign(org.id, { status: "draft", started: null });
    const chunks = await collect(
      (await exportCampaignReportCsv({ orgId: org.id, campaignId: campaign.id })).chunks,
    );
    expect(chunks).toEqual([
      "phone,firstName,lastName,status,submittedAt,finalAt,errorCode,errorReason,smscMessageId,segments\r\n",
    ]);
  });
});

describe("getRecentCampaigns", () => {
  it("lists the organization's five newest campaigns and adds up all of them", async () => {
    const { org } = await makeOrganization();
    const other = await makeOrganization();
    for (let i = 1; i <= 7; i++) {
      await db.campaign.create({
        data: {
          orgId: org.id,
          name: `Campaign ${i}`,
          senderId: "Relay",
          body: "Hi",
          status: "completed",
          createdAt: at(i * 60),
          recipients: 10,
          sentCount: 8,
          deliveredCount: 6,
          failedCount: 2,
        },
      });
    }
    await makeCampaign(other.org.id, { counters: { recipients: 99, sentCount: 99, deliveredCount: 99 } });

    const recent = await getRecentCampaigns({ orgId: org.id });
    expect(recent.campaigns.map((campaign) => campaign.name)).toEqual([
      "Campaign 7",
      "Campaign 6",
      "Campaign 5",
      "Campaign 4",
      "Campaign 3",
    ]);
    expect(recent.totals).toEqual({
      campaigns: 7,
      recipients: 70,
      sent: 56,
      delivered: 42,
      failed: 14,
      deliveryRate: 0.75,
    });
    const empty = await getRecentCampaigns({ orgId: (await makeOrganization()).org.id });
    expect(empty).toEqual({
      campaigns: [],
      totals: { campaigns: 0, recipients: 0, sent: 0, delivered: 0, failed: 0, deliveryRate: null },
    });
  });
});
