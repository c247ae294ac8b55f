import type { PoolClient } from "pg";
import { db, withTransaction, type CampaignStatus } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { campaignIdOrNotFound, parseOptions } from "../parse-options";
import { ZGetCampaignReport, type GetCampaignReportInput } from "./campaign-report.schema";
import { FAILURE_STATUSES, describeFailure, type FailureStatus } from "./describe-failure";
import {
  bucketSecondsFor,
  buildTimeline,
  type CampaignTimeline,
  type TimelineCount,
} from "./report-timeline";

/** Where every recipient of the campaign stands, from its maintained counters. */
export interface CampaignReportCounters {
  recipients: number;
  /** Not decided yet: waiting for its turn, or on its way to the carrier. */
  queued: number;
  sent: number;
  delivered: number;
  /** Refused at submit, or undelivered / rejected by a receipt. */
  failed: number;
  expired: number;
  unknown: number;
  skipped: number;
  cancelled: number;
  replied: number;
  optedOut: number;
}

/** Messages that ended the same way: one status, one error code. */
export interface CampaignFailureGroup {
  status: FailureStatus;
  errorCode: number | null;
  count: number;
  error: string;
  meaning: string;
}

export interface CampaignReport {
  campaignId: string;
  status: CampaignStatus;
  counters: CampaignReportCounters;
  /** delivered / sent (at most 1), null while nothing was sent. */
  deliveryRate: number | null;
  /** Median of finalAt − submittedAt over delivered messages, null before the first delivery. */
  medianSecondsToDelivery: number | null;
  /** Largest group first. */
  failures: CampaignFailureGroup[];
  timeline: CampaignTimeline;
  generatedAt: Date;
}

const FINAL_STATUSES: readonly CampaignStatus[] = ["completed", "cancelled", "failed"];
/** Statuses of messages the carrier accepted (they have a submittedAt). */
const ON_THE_WIRE = ["submitted", "unknown", "delivered", "undelivered", "expired", "rejected"];

/**
 * A campaign's delivery report: counters, delivery rate, median time to
 * delivery, failures grouped by error with their meaning, and sends and
 * deliveries over time. Three set-based queries over the campaign's
 * messages run side by side, each through the (campaignId, status, id)
 * index; NotFoundError for anyone else's campaign.
 */
export async function getCampaignReport(options: GetCampaignReportInput): Promise<CampaignReport> {
  const { orgId, campaignId } = parseOptions(ZGetCampaignReport, options);
  const campaign = await db.campaign.findFirst({
    where: { id: campaignIdOrNotFound(campaignId), orgId },
    select: {
      status: true,
      createdAt: true,
      startedAt: true,
      completedAt: true,
      recipients: true,
      sentCount: true,
      deliveredCount: true,
      failedCount: true,
      undeliveredCount: true,
      expiredCount: true,
      unknownCount: true,
      skippedCount: true,
      cancelledCount: true,
      repliedCount: true,
      optedOutCount: true,
    },
  });
  if (!campaign) throw new NotFoundError("That campaign");

  const generatedAt = new Date();
  const from = campaign.startedAt ?? campaign.createdAt;
  const to = FINAL_STATUSES.includes(campaign.status) ? (campaign.completedAt ?? generatedAt) : generatedAt;
  const bucketSeconds = bucketSecondsFor((to.getTime() - from.getTime()) / 1000);
  const taken = campaign.recipients > 0;
  const scope = { orgId, campaignId: campaignId };
  const [failures, median, counts] = taken
    ? await Promise.all([
        readFailureGroups(scope),
        readMedianSecondsToDelivery(scope),
        readTimelineCounts({ ...scope, bucketSeconds }),
      ])
    : [[], null, []];

  const failedAtSubmit = failures
    .filter((group) => group.status === "failed")
    .reduce((sum, group) => sum + group.count, 0);
  const decided =
    campaign.sentCount +
    failedAtSubmit +
    campaign.skippedCount +
    campaign.unknownCount +
    campaign.cancelledCount;
  return {
    campaignId,
    status: campaign.status,
    counters: {
      recipients: campaign.recipients,
      queued: Math.max(0, campaign.recipients - decided),
      sent: campaign.sentCount,
      delivered: campaign.deliveredCount,
      failed: campaign.failedCount + campaign.undeliveredCount,
      expired: campaign.expiredCount,
      unknown: campaign.unknownCount,
      skipped: campaign.skippedCount,
      cancelled: campaign.cancelledCount,
      replied: campaign.repliedCount,
      optedOut: campaign.optedOutCount,
    },
    deliveryRate: campaign.sentCount === 0 ? null : Math.min(1, campaign.deliveredCount / campaign.sentCount),
    medianSecondsToDelivery: median,
    failures,
    timeline: taken
      ? buildTimeline({ bucketSeconds, counts, from, to })
      : { bucketSeconds, buckets: [], sends: [], deliveries: [] },
    generatedAt,
  };
}

type Scope = { orgId: string; campaignId: string };

/**
 * Report queries read up to every message of a campaign once: JIT
 * compiling them costs more than it saves, and the median's sort of a
 * million durations fits in memory instead of spilling to disk.
 */
function withReportSettings<T>(read: (client: PoolClient) => Promise<T>): Promise<T> {
  return withTransaction(async (client) => {
    await client.query("SET LOCAL jit = off");
    await client.query("SET LOCAL work_mem = '64MB'");
    return read(client);
  });
}

/** Failed, undelivered, rejected and expired messages, counted by (status, errorCode). */
async function readFailureGroups(scope: Scope): Promise<CampaignFailureGroup[]> {
  const { rows } = await withReportSettings((client) =>
    client.query<{ status: FailureStatus; errorCode: number | null; count: number; reason: string | null }>(
      `SELECT status::text AS status, "errorCode", count(*)::int AS count, min("errorReason") AS reason
       FROM messages
       WHERE "campaignId" = $1 AND "orgId" = $2 AND status = ANY($3::"MessageStatus"[])
       GROUP BY status, "errorCode"`,
      [scope.campaignId, scope.orgId, FAILURE_STATUSES],
    ),
  );
  return rows
    .map((row) => ({
      status: row.status,
      errorCode: row.errorCode,
      count: row.count,
      ...describeFailure(row.status, row.errorCode, row.reason),
    }))
    .sort(
      (a, b) =>
        b.count - a.count ||
        FAILURE_STATUSES.indexOf(a.status) - FAILURE_STATUSES.indexOf(b.status) ||
        (a.errorCode ?? -1) - (b.errorCode ?? -1),
    );
}

/** percentile_cont(0.5) of finalAt − submittedAt, in seconds, over delivered messages. */
async function readMedianSecondsToDelivery(scope: Scope): Promise<number | null> {
  const { rows } = await withReportSettings((client) =>
    client.query<{ median: number | null }>(
      `SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY date_part('epoch', "finalAt" - "submittedAt")) AS median
       FROM messages
       WHERE "campaignId" = $1 AND "orgId" = $2 AND status = 'delivered'
         AND "submittedAt" IS NOT NULL AND "finalAt" IS NOT NULL`,
      [scope.campaignId, scope.orgId],
    ),
  );
  const median = rows[0]?.median;
  return median === null || median === undefined ? null : Math.max(0, median);
}

/**
 * Sends (submittedAt) and deliveries (finalAt of delivered messages) per
 * bucket, in one pass: the messages are counted by their pair of buckets,
 * and the few pairs are then summed up by each side.
 */
async function readTimelineCounts(scope: Scope & { bucketSeconds: number }): Promise<TimelineCount[]> {
  const { rows } = await withReportSettings((client) =>
    client.query<{ series: TimelineCount["series"]; bucket: string; count: string }>(
      `WITH pairs AS (
         SELECT floor(date_part('epoch', "submittedAt") / $3)::bigint AS sent,
                CASE WHEN status = 'delivered' THEN floor(date_part('epoch', "finalAt") / $3)::bigint END AS delivered,
                count(*) AS n
         FROM messages
         WHERE "campaignId" = $1 AND "orgId" = $2 AND status = ANY($4::"MessageStatus"[])
         GROUP BY 1, 2
       )
       SELECT 'sends' AS series, sent AS bucket, sum(n) AS count FROM pairs WHERE sent IS NOT NULL GROUP BY sent
       UNION ALL
       SELECT 'deliveries', delivered, sum(n) FROM pairs WHERE delivered IS NOT NULL GROUP BY delivered`,
      [scope.campaignId, scope.orgId, scope.bucketSeconds, ON_THE_WIRE],
    ),
  );
  return rows.map((row) => ({ series: row.series, bucket: Number(row.bucket), count: Number(row.count) }));
}
