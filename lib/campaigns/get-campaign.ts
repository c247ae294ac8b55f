import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { ZCampaignRefInput, type CampaignRef } from "./campaign-records.schema";
import { CAMPAIGN_COLUMNS, toCampaignSummary, type CampaignSummary } from "./campaign-summary";
import { campaignIdOrNotFound, parseOptions } from "./parse-options";

export interface CampaignDetail extends CampaignSummary {
  lists: Array<{ id: string; name: string; memberCount: number }>;
  template: { id: string; name: string } | null;
  connector: { id: string; name: string; throughputPerSecond: number } | null;
}

/** One campaign of the organization with what it refers to; NotFoundError for anyone else's. */
export async function getCampaign(options: CampaignRef): Promise<CampaignDetail> {
  const { orgId, campaignId } = parseOptions(ZCampaignRefInput, options);
  const record = await db.campaign.findFirst({
    where: { id: campaignIdOrNotFound(campaignId), orgId },
    select: {
      ...CAMPAIGN_COLUMNS,
      lists: { select: { list: { select: { id: true, name: true, memberCount: true } } } },
      template: { select: { id: true, name: true } },
      connector: { select: { id: true, name: true, throughputPerSecond: true } },
    },
  });
  if (!record) throw new NotFoundError("That campaign");
  const { lists, template, connector, ...columns } = record;
  return {
    ...toCampaignSummary(columns),
    lists: lists.map(({ list }) => list).sort((a, b) => a.name.localeCompare(b.name)),
    template,
    connector,
  };
}
