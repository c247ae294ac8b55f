import type {
  KeywordSettings,
  KeywordSettingsDraft,
  KeywordSettingsField,
} from "@/lib/messaging/settings/client";

/** What saving keyword settings answers: the saved (normalised) settings, or messages by field. */
export type KeywordSettingsActionResult =
  | { ok: true; value: KeywordSettings }
  | {
      ok: false;
      /** A message for the whole form, when the problem is not one field's. */
      message: string | null;
      fieldErrors: Partial<Record<KeywordSettingsField, string>>;
    };

export type SaveKeywordSettingsAction = (draft: KeywordSettingsDraft) => Promise<KeywordSettingsActionResult>;
