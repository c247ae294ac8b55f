import type { Metadata } from "next";
import { CampaignDetail } from "@/components/campaigns/detail/campaign-detail";
import { toCampaignDetailData } from "@/components/campaigns/detail/campaign-detail-data";
import { requireSession } from "@/lib/auth/server";
import { transitionCampaignAction } from "../actions";
import { loadCampaign } from "./load-campaign";

type CampaignPageProps = {
  params: Promise<{ campaignId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: CampaignPageProps): Promise<Metadata> {
  const { orgId } = await requireSession();
  const { campaignId } = await params;
  return { title: (await loadCampaign(orgId, campaignId)).name };
}

export default async function CampaignPage({ params, searchParams }: CampaignPageProps) {
  const { orgId } = await requireSession();
  const [{ campaignId }, { done }] = await Promise.all([params, searchParams]);
  const asOf = new Date();
  const campaign = await loadCampaign(orgId, campaignId);
  return (
    <CampaignDetail
      key={campaign.id}
      campaign={toCampaignDetailData(campaign, asOf)}
      transitionAction={transitionCampaignAction}
      done={typeof done === "string" ? done : null}
    />
  );
}
