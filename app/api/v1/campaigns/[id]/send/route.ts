import { campaignActionRoute } from "@/lib/api/campaign-action-route";
import { sendCampaignNow } from "@/lib/campaigns";

export const POST = campaignActionRoute(sendCampaignNow);
