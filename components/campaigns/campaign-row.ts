import type { CampaignSummary } from "@/lib/campaigns/client";
import type { CampaignCounts, CampaignStatus } from "./campaign-status";

/** One campaign as the list hands it to the browser (plain data: times as ISO strings). */
export type CampaignRow = {
  id: string;
  name: string;
  senderId: string;
  status: CampaignStatus;
  counts: CampaignCounts;
  scheduledAt: string | null;
  startedAt: string | null;
  completedAt: string | null;
  /** When the server read these figures; a live event newer than this replaces them. */
  asOf: string;
};

export function toCampaignRow(campaign: CampaignSummary, asOf: Date): CampaignRow {
  return {
    id: campaign.id,
    name: campaign.name,
    senderId: campaign.senderId,
    status: campaign.status,
    counts: campaign.counts,
    scheduledAt: campaign.scheduledAt?.toISOString() ?? null,
    startedAt: campaign.startedAt?.toISOString() ?? null,
    completedAt: campaign.completedAt?.toISOString() ?? null,
    asOf: asOf.toISOString(),
  };
}
