/** Sends and deliveries per bucket, both series over the same zero-filled buckets. */
export interface CampaignTimeline {
  bucketSeconds: number;
  /** Start of each bucket (aligned to whole multiples of the size since the Unix epoch). */
  buckets: Date[];
  /** Messages accepted by the carrier (submittedAt) in each bucket. */
  sends: number[];
  /** Delivery receipts of delivered messages (finalAt) in each bucket. */
  deliveries: number[];
}

/** A count per bucket as the database returns it: the bucket is floor(epoch seconds / size). */
export interface TimelineCount {
  series: "sends" | "deliveries";
  bucket: number;
  count: number;
}

/** Each size divides the next, so counts of one size add up exactly into the next. */
const BUCKET_SIZES = [10, 60, 900, 3600, 21_600, 86_400] as const;

/** More buckets than this (late receipts can stretch a short campaign) are rolled up into larger ones. */
export const MAX_TIMELINE_BUCKETS = 400;

/** 10 s buckets up to 10 minutes, 1 minute up to 3 hours, 15 minutes beyond. */
export function bucketSecondsFor(durationSeconds: number): number {
  if (durationSeconds <= 10 * 60) return 10;
  if (durationSeconds <= 3 * 3600) return 60;
  return 900;
}

/**
 * The timeline from counts per bucket: every bucket from the first of
 * `from`, `to` and the data to the last of them, zero where nothing
 * happened, in buckets of `bucketSeconds` or, when that would make more than
 * MAX_TIMELINE_BUCKETS, of the next size that does not.
 */
export function buildTimeline(options: {
  bucketSeconds: number;
  counts: readonly TimelineCount[];
  from: Date;
  to: Date;
}): CampaignTimeline {
  const { counts, from, to } = options;
  const firstSecond = Math.floor(Math.min(from.getTime(), to.getTime()) / 1000);
  const lastSecond = Math.floor(Math.max(from.getTime(), to.getTime()) / 1000);
  let low = firstSecond;
  let high = lastSecond;
  for (const { bucket } of counts) {
    low = Math.min(low, bucket * options.bucketSeconds);
    high = Math.max(high, bucket * options.bucketSeconds);
  }

  let size = options.bucketSeconds;
  for (const next of BUCKET_SIZES) {
    if (next < size) continue;
    size = next;
    if (Math.floor(high / size) - Math.floor(low / size) + 1 <= MAX_TIMELINE_BUCKETS) break;
  }

  const first = Math.floor(low / size);
  const length = Math.floor(high / size) - first + 1;
  const sends = new Array<number>(length).fill(0);
  const deliveries = new Array<number>(length).fill(0);
  for (const { series, bucket, count } of counts) {
    const index = Math.floor((bucket * options.bucketSeconds) / size) - first;
    (series === "sends" ? sends : deliveries)[index]! += count;
  }
  return {
    bucketSeconds: size,
    buckets: Array.from({ length }, (_, i) => new Date((first + i) * size * 1000)),
    sends,
    deliveries,
  };
}
