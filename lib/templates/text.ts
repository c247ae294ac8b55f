/**
 * The client-safe part of the templates module: text measuring only, no
 * Handlebars and no database. The editor's live counter imports this from
 * the browser; everything else goes through `@/lib/templates`.
 */
export { analyzeText, type NonGsmCharacter, type TextAnalysis } from "./analyze-text";
export { replaceLookalikes, type LookalikeReplacement } from "./replace-lookalikes";
export type { SmsEncoding } from "./sms-limits";
