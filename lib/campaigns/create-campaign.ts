import { db } from "@/lib/db";
import { ZCreateCampaign, type CreateCampaignInput } from "./campaign-records.schema";
import { CAMPAIGN_COLUMNS, toCampaignSummary, type CampaignSummary } from "./campaign-summary";
import { parseOptions } from "./parse-options";
import { resolveCampaignDraft } from "./resolve-campaign-draft";

/** Saves a new campaign as a draft; sending or scheduling it is a separate, deliberate step. */
export async function createCampaign(options: CreateCampaignInput): Promise<CampaignSummary> {
  const { orgId, createdById, ...draft } = parseOptions(ZCreateCampaign, options);
  const { listIds, ...columns } = await resolveCampaignDraft(orgId, draft);
  const record = await db.campaign.create({
    data: {
      orgId,
      createdById: createdById ?? null,
      ...columns,
      lists: { createMany: { data: listIds.map((listId) => ({ listId })) } },
    },
    select: CAMPAIGN_COLUMNS,
  });
  return toCampaignSummary(record);
}
