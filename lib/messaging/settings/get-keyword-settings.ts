import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { parseOptions } from "@/lib/parse-options";
import {
  ZGetKeywordSettings,
  type GetKeywordSettingsInput,
  type KeywordSettings,
} from "./keyword-settings.schema";

export const KEYWORD_SETTINGS_COLUMNS = {
  optOutKeywords: true,
  optInKeywords: true,
  helpKeywords: true,
  helpText: true,
  optOutConfirmation: true,
  optInConfirmation: true,
} as const;

/** The organization's inbox keywords and the replies they send. */
export async function getKeywordSettings(options: GetKeywordSettingsInput): Promise<KeywordSettings> {
  const { orgId } = parseOptions(ZGetKeywordSettings, options);
  const settings = await db.organization.findUnique({
    where: { id: orgId },
    select: KEYWORD_SETTINGS_COLUMNS,
  });
  if (!settings) throw new NotFoundError("That organization");
  return settings;
}
