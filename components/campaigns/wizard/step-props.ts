import type { CampaignFieldErrors, CampaignFormField } from "../campaign-action-result";
import type { WizardValues } from "./wizard-values";

/** What every step gets: the values, the server's errors, and a way to change values (clearing their errors). */
export type StepProps = {
  values: WizardValues;
  errors: CampaignFieldErrors;
  change: (patch: Partial<WizardValues>, clears: readonly CampaignFormField[]) => void;
};
