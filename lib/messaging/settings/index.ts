// Keywords and automatic replies of the reply inbox (server only: they use the database).
export { getKeywordSettings } from "./get-keyword-settings";
export { updateKeywordSettings } from "./update-keyword-settings";
export { assertCanManageKeywordSettings, canManageKeywordSettings } from "./keyword-settings-role";
export {
  MAX_KEYWORD_LENGTH,
  MAX_KEYWORDS_PER_LIST,
  MAX_AUTO_REPLY_LENGTH,
  ZKeywordSettingsDraft,
  splitKeywords,
  type KeywordSettings,
  type KeywordSettingsDraft,
  type KeywordSettingsField,
  type GetKeywordSettingsInput,
  type UpdateKeywordSettingsInput,
} from "./keyword-settings.schema";
