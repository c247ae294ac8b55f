import { db } from "@/lib/db";
import { CAMPAIGN_COLUMNS, toCampaignSummary, type CampaignSummary } from "../campaign-summary";
import { parseOptions } from "../parse-options";
import { ZGetRecentCampaigns, type GetRecentCampaignsInput } from "./campaign-report.schema";

/** Every campaign of the organization added up, from their maintained counters. */
export interface CampaignTotals {
  campaigns: number;
  recipients: number;
  sent: number;
  delivered: number;
  failed: number;
  /** delivered / sent over all campaigns (at most 1), null while nothing was sent. */
  deliveryRate: number | null;
}

export interface RecentCampaigns {
  /** Newest first. */
  campaigns: CampaignSummary[];
  totals: CampaignTotals;
}

/** The organization's latest campaigns and its totals, for the dashboard. */
export async function getRecentCampaigns(options: GetRecentCampaignsInput): Promise<RecentCampaigns> {
  const { orgId, limit } = parseOptions(ZGetRecentCampaigns, options);
  const [records, totals] = await Promise.all([
    db.campaign.findMany({
      where: { orgId },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: limit,
      select: CAMPAIGN_COLUMNS,
    }),
    db.campaign.aggregate({
      where: { orgId },
      _count: { _all: true },
      _sum: { recipients: true, sentCount: true, deliveredCount: true, failedCount: true },
    }),
  ]);
  const sent = totals._sum.sentCount ?? 0;
  const delivered = totals._sum.deliveredCount ?? 0;
  return {
    campaigns: records.map(toCampaignSummary),
    totals: {
      campaigns: totals._count._all,
      recipients: totals._sum.recipients ?? 0,
      sent,
      delivered,
      failed: totals._sum.failedCount ?? 0,
      deliveryRate: sent === 0 ? null : Math.min(1, delivered / sent),
    },
  };
}
