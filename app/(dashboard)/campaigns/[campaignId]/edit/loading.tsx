import { WizardLoading } from "../../wizard-loading";

export default function EditCampaignLoading() {
  return <WizardLoading />;
}
