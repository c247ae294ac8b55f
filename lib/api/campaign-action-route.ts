import { getCampaign, type CampaignRef } from "@/lib/campaigns";
import { apiRoute } from "./api-route";
import { ZApiCampaignParams } from "./schemas/campaigns.schema";

/**
 * POST /api/v1/campaigns/{id}/<action>: one move of the campaign's state
 * machine (an illegal move is its 409), answered with the campaign after it.
 */
export function campaignActionRoute(action: (ref: CampaignRef) => Promise<void>) {
  return apiRoute({ params: ZApiCampaignParams, idempotent: true }, async ({ orgId, params }) => {
    await action({ orgId, campaignId: params.id });
    return Response.json(await getCampaign({ orgId, campaignId: params.id }));
  });
}
