import { campaignActionRoute } from "@/lib/api/campaign-action-route";
import { scheduleCampaign } from "@/lib/campaigns";

export const POST = campaignActionRoute(scheduleCampaign);
