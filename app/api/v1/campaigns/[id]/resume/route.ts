import { campaignActionRoute } from "@/lib/api/campaign-action-route";
import { resumeCampaign } from "@/lib/campaigns";

export const POST = campaignActionRoute(resumeCampaign);
