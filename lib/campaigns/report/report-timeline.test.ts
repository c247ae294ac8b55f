import { describe, expect, it } from "vitest";
import { MAX_TIMELINE_BUCKETS, bucketSecondsFor, buildTimeline } from "./report-timeline";

const at = (seconds: number) => new Date(seconds * 1000);

describe("bucketSecondsFor", () => {
  it("uses 10 s up to 10 minutes, 1 minute up to 3 hours, 15 minutes beyond", () => {
    expect(bucketSecondsFor(0)).toBe(10);
    expect(bucketSecondsFor(600)).toBe(10);
    expect(bucketSecondsFor(601)).toBe(60);
    expect(bucketSecondsFor(3 * 3600)).toBe(60);
    expect(bucketSecondsFor(3 * 3600 + 1)).toBe(900);
    expect(bucketSecondsFor(5 * 86_400)).toBe(900);
  });
});

describe("buildTimeline", () => {
  it("zero-fills every bucket from the start to the end, both series alike", () => {
    const timeline = buildTimeline({
      bucketSeconds: 10,
      from: at(1_000_005),
      to: at(1_000_047),
      counts: [
        { series: "sends", bucket: 100_000, count: 4 },
        { series: "sends", bucket: 100_002, count: 1 },
        { series: "deliveries", bucket: 100_001, count: 3 },
      ],
    });
    expect(timeline).toEqual({
      bucketSeconds: 10,
      buckets: [at(1_000_000), at(1_000_010), at(1_000_020), at(1_000_030), at(1_000_040)],
      sends: [4, 0, 1, 0, 0],
      deliveries: [0, 3, 0, 0, 0],
    });
  });

  it("reaches out to data before the start and after the end", () => {
    const timeline = buildTimeline({
      bucketSeconds: 60,
      from: at(6000),
      to: at(6059),
      counts: [
        { series: "sends", bucket: 99, count: 2 },
        { series: "deliveries", bucket: 102, count: 7 },
      ],
    });
    expect(timeline.buckets).toEqual([at(5940), at(6000), at(6060), at(6120)]);
    expect(timeline.sends).toEqual([2, 0, 0, 0]);
    expect(timeline.deliveries).toEqual([0, 0, 0, 7]);
  });

  it("rolls up into larger buckets when a late receipt would stretch it past the limit", () => {
    // A 5-minute campaign and one delivery a day later: 10 s buckets would be 8,000 of them.
    const start = 1_700_000_000 - (1_700_000_000 % 3600);
    const timeline = buildTimeline({
      bucketSeconds: 10,
      from: at(start),
      to: at(start + 300),
      counts: [
        { series: "sends", bucket: start / 10, count: 5 },
        { series: "sends", bucket: start / 10 + 29, count: 5 },
        { series: "deliveries", bucket: start / 10 + 8640, count: 1 },
      ],
    });
    expect(timeline.bucketSeconds).toBe(900);
    expect(timeline.buckets.length).toBeLessThanOrEqual(MAX_TIMELINE_BUCKETS);
    expect(timeline.buckets[0]).toEqual(at(start));
    expect(timeline.sends[0]).toBe(10);
    expect(timeline.sends.reduce((a, b) => a + b)).toBe(10);
    expect(timeline.deliveries.at(-1)).toBe(1);
    expect(timeline.buckets.at(-1)).toEqual(at(start + 86_400));
  });

  it("has one bucket for a campaign that started and ended in the same one", () => {
    const timeline = buildTimeline({ bucketSeconds: 10, from: at(20), to: at(25), counts: [] });
    expect(timeline).toEqual({ bucketSeconds: 10, buckets: [at(20)], sends: [0], deliveries: [0] });
  });
});
