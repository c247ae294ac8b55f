"use server";

import { revalidatePath } from "next/cache";
import type { KeywordSettingsActionResult } from "@/components/settings/keywords/keyword-settings-action-result";
import { requireSession } from "@/lib/auth/server";
import { AppError, ValidationError } from "@/lib/errors";
import { logger } from "@/lib/logger";
import {
  assertCanManageKeywordSettings,
  updateKeywordSettings,
  ZKeywordSettingsDraft,
  type KeywordSettingsDraft,
  type KeywordSettingsField,
} from "@/lib/messaging";

/** Saves the organization's keyword lists and automatic replies; owners and admins only. */
export async function saveKeywordSettingsAction(
  draft: KeywordSettingsDraft,
): Promise<KeywordSettingsActionResult> {
  const { orgId, role } = await requireSession();
  try {
    assertCanManageKeywordSettings(role);
    // Checked here too, so every wrong field is named at once; the lib checks again.
    const parsed = ZKeywordSettingsDraft.safeParse(draft);
    if (!parsed.success) {
      const fieldErrors: Partial<Record<KeywordSettingsField, string>> = {};
      for (const issue of parsed.error.issues) {
        const field = issue.path[0] as KeywordSettingsField;
        fieldErrors[field] ??= issue.message;
      }
      return { ok: false, message: null, fieldErrors };
    }
    const saved = await updateKeywordSettings({ orgId, role, ...draft });
    revalidatePath("/settings");
    return { ok: true, value: saved };
  } catch (error) {
    if (error instanceof ValidationError && error.field) {
      return { ok: false, message: null, fieldErrors: { [error.field]: error.message } };
    }
    if (error instanceof AppError) return { ok: false, message: error.message, fieldErrors: {} };
    logger.error({ err: error, action: "save keyword settings" }, "keyword settings action failed");
    return {
      ok: false,
      message: "Something went wrong on our side. Nothing you typed is lost; try again.",
      fieldErrors: {},
    };
  }
}
