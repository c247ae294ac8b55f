// Text: encodings, segments, parts.
export { analyzeText, type TextAnalysis, type NonGsmCharacter } from "./analyze-text";
export { measureText, type TextMeasure } from "./measure-text";
export { splitMessage, type MessagePart, type SplitMessageOptions } from "./split-message";
export { encodeGsm7, encodeUcs2 } from "./encode-gsm7";
export { GSM7_EXTENSION_CHARACTERS, isGsm7Character } from "./gsm7-alphabet";
export {
  DATA_CODING,
  GSM7_PART_SEPTETS,
  GSM7_SINGLE_SEPTETS,
  MAX_PARTS,
  UCS2_PART_UNITS,
  UCS2_SINGLE_UNITS,
  type DataCoding,
  type SmsEncoding,
} from "./sms-limits";
export { replaceLookalikes, type LookalikeReplacement } from "./replace-lookalikes";
export { LOOKALIKE_REPLACEMENTS } from "./lookalikes";
export { appendOptOutText } from "./append-opt-out-text";

// Templates: merge tags, validation, compile and render.
export {
  STANDARD_TAGS,
  MAX_FIELD_NAME_LENGTH,
  checkFieldName,
  isValidFieldName,
  formatMergeTag,
  listMergeTags,
  type MergeTagOption,
  type StandardTag,
} from "./merge-tags";
export { BLOCK_HELPERS, FORBIDDEN_HELPERS, VALUE_HELPERS } from "./template-helpers";
export { DATE_STYLES, type DateStyle } from "./format-date-value";
export { validateTemplate, type TemplateValidation } from "./validate-template";
export { compileTemplate, type CompiledTemplate, type RenderOptions } from "./compile-template";
export { RenderedMessage } from "./rendered-message";
export { renderTemplate, type RenderTemplateOptions, type TemplatePreview } from "./render-template";
export { measureAudience, type AudienceMeasure, type MeasureAudienceOptions } from "./measure-audience";
export { TemplateValidationError } from "./template-error";
export {
  MAX_TEMPLATE_LENGTH,
  ZCompileTemplateOptions,
  ZFieldName,
  ZLocale,
  ZTemplateBody,
  ZTemplateContact,
  ZTemplateDraft,
  ZTemplateIssue,
  ZTemplateIssueCode,
  ZTimeZone,
  ZValidateTemplateOptions,
  type CompileTemplateOptions,
  type TemplateContact,
  type TemplateDraft,
  type TemplateIssue,
  type TemplateIssueCode,
  type ValidateTemplateOptions,
} from "./templates.schema";
