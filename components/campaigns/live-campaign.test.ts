import { describe, expect, it } from "vitest";
import type { CampaignCounts } from "./campaign-status";
import { latest, snapshotOfEvent, type CampaignSnapshot } from "./live-campaign";

const zero: CampaignCounts = {
  recipients: 0,
  sent: 0,
  delivered: 0,
  failed: 0,
  undelivered: 0,
  expired: 0,
  optedOut: 0,
  replied: 0,
  skipped: 0,
  unknown: 0,
  cancelled: 0,
  excludedOptedOut: 0,
  excludedDuplicates: 0,
};

function snapshot(at: string, status: CampaignSnapshot["status"], counts: Partial<CampaignCounts>) {
  return { status, counts: { ...zero, ...counts }, at };
}

describe("latest", () => {
  it("keeps the base when nothing arrived live", () => {
    const base = snapshot("2026-01-01T10:00:00.000Z", "running", { recipients: 10, sent: 2 });
    expect(latest(base, null)).toBe(base);
  });

  it("takes the newer status and the larger of each counter", () => {
    const base = snapshot("2026-01-01T10:00:05.000Z", "paused", { recipients: 10, sent: 6, delivered: 1 });
    const live = snapshot("2026-01-01T10:00:01.000Z", "running", { recipients: 10, sent: 4, delivered: 3 });
    expect(latest(base, live)).toEqual(
      snapshot("2026-01-01T10:00:05.000Z", "paused", { recipients: 10, sent: 6, delivered: 3 }),
    );
    const later = snapshot("2026-01-01T10:00:09.000Z", "completed", { recipients: 10, sent: 10 });
    expect(latest(base, later)).toEqual(
      snapshot("2026-01-01T10:00:09.000Z", "completed", { recipients: 10, sent: 10, delivered: 1 }),
    );
  });

  it("takes whether the audience is complete from the newer snapshot that says", () => {
    const taking = {
      ...snapshot("2026-01-01T10:00:01.000Z", "running", { recipients: 2_000 }),
      audienceComplete: false,
    };
    const taken = {
      ...snapshot("2026-01-01T10:00:02.000Z", "running", { recipients: 6_000 }),
      audienceComplete: true,
    };
    expect(latest(taking, taken).audienceComplete).toBe(true);
    expect(latest(taken, taking).audienceComplete).toBe(true);
    // A resume takes the audience again: the later snapshot wins, as the status does.
    const resumed = { ...snapshot("2026-01-01T10:00:09.000Z", "running", {}), audienceComplete: false };
    expect(latest(taken, resumed)).toMatchObject({ audienceComplete: false, counts: { recipients: 6_000 } });
    const silent = snapshot("2026-01-01T10:00:10.000Z", "running", {});
    expect(latest(taking, silent).audienceComplete).toBe(false);
  });
});

describe("snapshotOfEvent", () => {
  const event = {
    type: "campaign.progress",
    campaignId: "c1",
    status: "running",
    counts: { ...zero, recipients: 3, sent: 1 },
    at: "2026-01-01T10:00:00.000Z",
  };

  it("reads a progress event of the campaign asked for", () => {
    expect(snapshotOfEvent(event, "c1")).toEqual({
      campaignId: "c1",
      status: "running",
      counts: { ...zero, recipients: 3, sent: 1 },
      at: "2026-01-01T10:00:00.000Z",
    });
    expect(snapshotOfEvent(event)?.campaignId).toBe("c1");
    expect(snapshotOfEvent({ ...event, audienceComplete: false }, "c1")?.audienceComplete).toBe(false);
  });

  it("ignores another campaign's events, other event types and missing counters", () => {
    expect(snapshotOfEvent(event, "c2")).toBeNull();
    expect(snapshotOfEvent({ ...event, type: "import.progress" })).toBeNull();
    expect(snapshotOfEvent({ ...event, counts: { sent: 1 } })).toBeNull();
    expect(snapshotOfEvent(null)).toBeNull();
  });
});
