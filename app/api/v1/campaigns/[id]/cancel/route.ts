import { campaignActionRoute } from "@/lib/api/campaign-action-route";
import { cancelCampaign } from "@/lib/campaigns";

export const POST = campaignActionRoute(cancelCampaign);
