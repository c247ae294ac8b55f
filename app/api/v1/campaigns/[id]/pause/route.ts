import { campaignActionRoute } from "@/lib/api/campaign-action-route";
import { pauseCampaign } from "@/lib/campaigns";

export const POST = campaignActionRoute(pauseCampaign);
