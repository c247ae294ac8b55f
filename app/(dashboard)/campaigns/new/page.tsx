import type { Metadata } from "next";
import { CampaignWizard } from "@/components/campaigns/wizard/campaign-wizard";
import { newWizardValues } from "@/components/campaigns/wizard/wizard-values";
import { PageHeader } from "@/components/ui/page-header";
import { requireSession } from "@/lib/auth/server";
import { saveCampaignAction } from "../actions";
import { loadWizardOptions } from "../load-wizard-options";

export const metadata: Metadata = { title: "New campaign" };

export default async function NewCampaignPage() {
  const { orgId } = await requireSession();
  const options = await loadWizardOptions(orgId);
  return (
    <>
      <PageHeader
        title="New campaign"
        description="Choose who receives it, what it says and when it goes. Nothing is sent until you say so."
      />
      <CampaignWizard
        campaign={null}
        initial={newWizardValues(options.connectors)}
        {...options}
        saveAction={saveCampaignAction}
      />
    </>
  );
}
