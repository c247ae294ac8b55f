import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { isEditable } from "@/components/campaigns/campaign-status";
import { CampaignWizard } from "@/components/campaigns/wizard/campaign-wizard";
import { savedWizardValues } from "@/components/campaigns/wizard/wizard-values";
import { PageHeader } from "@/components/ui/page-header";
import { requireSession } from "@/lib/auth/server";
import { saveCampaignAction } from "../../actions";
import { loadWizardOptions } from "../../load-wizard-options";
import { loadCampaign } from "../load-campaign";

export const metadata: Metadata = { title: "Edit campaign" };

type EditCampaignPageProps = { params: Promise<{ campaignId: string }> };

export default async function EditCampaignPage({ params }: EditCampaignPageProps) {
  const { orgId } = await requireSession();
  const { campaignId } = await params;
  const campaign = await loadCampaign(orgId, campaignId);
  // Once it has started, its settings are history: the detail page shows them.
  if (!isEditable(campaign.status)) redirect(`/campaigns/${campaign.id}`);
  const options = await loadWizardOptions(orgId, campaign.templateId);
  return (
    <>
      <PageHeader
        title={`Edit “${campaign.name}”`}
        description={
          campaign.status === "scheduled"
            ? "It stays scheduled when you save; save it as a draft to take it off the schedule."
            : "A draft: nothing is sent until you send or schedule it."
        }
      />
      <CampaignWizard
        key={campaign.id}
        campaign={{ id: campaign.id, status: campaign.status }}
        initial={savedWizardValues({ ...campaign, listIds: campaign.lists.map((list) => list.id) })}
        {...options}
        saveAction={saveCampaignAction}
      />
    </>
  );
}
