import type { CampaignFailureGroup, CampaignReport, CampaignReportCounters } from "@/lib/campaigns";

/** A campaign's report as the browser gets it (plain JSON: times as ISO strings). */
export type CampaignReportData = {
  campaignId: string;
  counters: CampaignReportCounters;
  deliveryRate: number | null;
  medianSecondsToDelivery: number | null;
  failures: CampaignFailureGroup[];
  timeline: {
    bucketSeconds: number;
    /** Start of the first bucket; the others follow every `bucketSeconds`. Null when there are none. */
    start: string | null;
    sends: number[];
    deliveries: number[];
  };
  generatedAt: string;
};

export function toCampaignReportData(report: CampaignReport): CampaignReportData {
  return {
    campaignId: report.campaignId,
    counters: report.counters,
    deliveryRate: report.deliveryRate,
    medianSecondsToDelivery: report.medianSecondsToDelivery,
    failures: report.failures,
    timeline: {
      bucketSeconds: report.timeline.bucketSeconds,
      start: report.timeline.buckets[0]?.toISOString() ?? null,
      sends: report.timeline.sends,
      deliveries: report.timeline.deliveries,
    },
    generatedAt: report.generatedAt.toISOString(),
  };
}
