import type { CampaignDetail } from "@/lib/campaigns";
import type { CampaignCounts, CampaignStatus } from "../campaign-status";

/** A campaign as the detail page hands it to the browser (plain data: times as ISO strings). */
export type CampaignDetailData = {
  id: string;
  name: string;
  status: CampaignStatus;
  /** False while the audience is still being taken (recipients still grows). */
  audienceComplete: boolean;
  senderId: string;
  body: string;
  counts: CampaignCounts;
  createdAt: string;
  scheduledAt: string | null;
  startedAt: string | null;
  completedAt: string | null;
  timeZone: string;
  quietHours: { start: string; end: string } | null;
  failureReason: string | null;
  lists: Array<{ id: string; name: string; memberCount: number }>;
  template: { id: string; name: string } | null;
  connector: { id: string; name: string; throughputPerSecond: number } | null;
  /** When the server read these figures; a live event newer than this replaces them. */
  asOf: string;
};

export function toCampaignDetailData(campaign: CampaignDetail, asOf: Date): CampaignDetailData {
  return {
    id: campaign.id,
    name: campaign.name,
    status: campaign.status,
    audienceComplete: campaign.audienceComplete,
    senderId: campaign.senderId,
    body: campaign.body,
    counts: campaign.counts,
    createdAt: campaign.createdAt.toISOString(),
    scheduledAt: campaign.scheduledAt?.toISOString() ?? null,
    startedAt: campaign.startedAt?.toISOString() ?? null,
    completedAt: campaign.completedAt?.toISOString() ?? null,
    timeZone: campaign.timeZone,
    quietHours: campaign.quietHours,
    failureReason: campaign.failureReason,
    lists: campaign.lists,
    template: campaign.template,
    connector: campaign.connector,
    asOf: asOf.toISOString(),
  };
}
