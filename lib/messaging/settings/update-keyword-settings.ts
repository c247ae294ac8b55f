import { db, Prisma } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { parseOptions } from "@/lib/parse-options";
import { KEYWORD_SETTINGS_COLUMNS } from "./get-keyword-settings";
import { assertCanManageKeywordSettings } from "./keyword-settings-role";
import {
  ZUpdateKeywordSettings,
  type KeywordSettings,
  type UpdateKeywordSettingsInput,
} from "./keyword-settings.schema";

/**
 * Replaces the organization's keyword lists and automatic replies, all
 * together (the lists depend on each other: a word may be in one only).
 * Lists are stored normalised: upper case, each word once. Inbound messages
 * use the new settings from the next one on.
 */
export async function updateKeywordSettings(options: UpdateKeywordSettingsInput): Promise<KeywordSettings> {
  assertCanManageKeywordSettings(options.role);
  const { orgId, role: _role, ...settings } = parseOptions(ZUpdateKeywordSettings, options);
  try {
    return await db.organization.update({
      where: { id: orgId },
      data: settings,
      select: KEYWORD_SETTINGS_COLUMNS,
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2025") {
      throw new NotFoundError("That organization");
    }
    throw error;
  }
}
