import "server-only";
import { notFound } from "next/navigation";
import { cache } from "react";
import { getCampaign, type CampaignDetail } from "@/lib/campaigns";
import { NotFoundError } from "@/lib/errors";

/**
 * The organization's campaign, or the not-found page for any other id
 * (another organization's too). Read once per request: the page's title
 * and its body share it.
 */
export const loadCampaign = cache(async (orgId: string, campaignId: string): Promise<CampaignDetail> => {
  try {
    return await getCampaign({ orgId, campaignId });
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    throw error;
  }
});
