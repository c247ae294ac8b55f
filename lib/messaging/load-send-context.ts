import { db } from "@/lib/db";
import { compileTemplate, loadRenderSettings, type CompiledTemplate } from "@/lib/templates";
import { senderAddress, type SenderAddress } from "@/lib/campaigns";
import type { CampaignStatus } from "@/lib/db";

export interface SendContext {
  orgId: string;
  campaignId: string;
  status: CampaignStatus;
  connectorId: string | null;
  source: SenderAddress;
  template: CompiledTemplate;
  timeZone: string;
  quietHours: { start: number; end: number } | null;
}

/** What a send batch needs about its campaign, with the text compiled once. Null when the campaign is gone. */
export async function loadSendContext(orgId: string, campaignId: string): Promise<SendContext | null> {
  const campaign = await db.campaign.findFirst({
    where: { id: campaignId, orgId },
    select: {
      status: true,
      connectorId: true,
      senderId: true,
      body: true,
      timeZone: true,
      quietHoursStart: true,
      quietHoursEnd: true,
    },
  });
  if (!campaign) return null;
  const settings = await loadRenderSettings({ orgId });
  return {
    orgId,
    campaignId,
    status: campaign.status,
    connectorId: campaign.connectorId,
    source: senderAddress(campaign.senderId),
    template: compileTemplate(campaign.body, { ...settings, defaultTimeZone: campaign.timeZone }),
    timeZone: campaign.timeZone,
    quietHours:
      campaign.quietHoursStart === null || campaign.quietHoursEnd === null
        ? null
        : { start: campaign.quietHoursStart, end: campaign.quietHoursEnd },
  };
}
