/**
 * The client-safe part of the keyword settings: the rules only, no
 * database. The settings form imports this from the browser to show lists
 * as they will be saved; everything else goes through `@/lib/messaging`.
 */
export {
  MAX_KEYWORD_LENGTH,
  MAX_KEYWORDS_PER_LIST,
  MAX_AUTO_REPLY_LENGTH,
  splitKeywords,
  type KeywordSettings,
  type KeywordSettingsDraft,
  type KeywordSettingsField,
} from "./keyword-settings.schema";
