import { WizardLoading } from "../wizard-loading";

export default function NewCampaignLoading() {
  return <WizardLoading />;
}
