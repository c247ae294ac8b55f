import type { CampaignAction, CampaignDraft } from "@/lib/campaigns";
import type { CampaignStatus } from "./campaign-status";

/** The wizard's fields, named as lib/campaigns names them in ValidationError.field. */
export const CAMPAIGN_FORM_FIELDS = [
  "name",
  "senderId",
  "listIds",
  "templateId",
  "body",
  "connectorId",
  "schedule",
  "schedule.date",
  "schedule.time",
  "schedule.timeZone",
  "quietHours",
  "quietHours.start",
  "quietHours.end",
] as const;
export type CampaignFormField = (typeof CAMPAIGN_FORM_FIELDS)[number];

export type CampaignFieldErrors = Partial<Record<CampaignFormField, string>>;

/** What a campaign server action answers: the form keeps everything typed and shows errors by field. */
export type CampaignActionResult<T> =
  | { ok: true; value: T }
  | {
      ok: false;
      /** A message for the whole form, when the problem is not one field's. */
      message: string | null;
      fieldErrors: CampaignFieldErrors;
      /**
       * The campaign as it stands after the failure, when the action got part
       * of the way (a new draft saved, then scheduling refused), so a retry
       * changes it instead of creating another.
       */
      campaign?: SavedCampaign;
    };

export type SavedCampaign = { id: string; status: CampaignStatus };

/** What the wizard's buttons ask for: keep it a draft, schedule it, or send it now. */
export type SaveIntent = "draft" | "schedule" | "send";

export type SaveCampaignAction = (input: {
  campaignId: string | null;
  intent: SaveIntent;
  draft: CampaignDraft;
}) => Promise<CampaignActionResult<SavedCampaign>>;

/** The detail page's buttons: one move of the state machine. */
export type CampaignTransition = Exclude<CampaignAction, "start">;

export type TransitionCampaignAction = (
  campaignId: string,
  transition: CampaignTransition,
) => Promise<CampaignActionResult<SavedCampaign>>;
