import { apiRoute } from "@/lib/api";
import { ZApiCampaignParams } from "@/lib/api/schemas/campaigns.schema";
import { getCampaign } from "@/lib/campaigns";

export const GET = apiRoute({ params: ZApiCampaignParams }, async ({ orgId, params }) => {
  return Response.json(await getCampaign({ orgId, campaignId: params.id }));
});
