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

// Saved templates: persistence, the editor's preview and audience measure (server only: they use the database).
export { createTemplate } from "./create-template";
export { updateTemplate } from "./update-template";
export { duplicateTemplate } from "./duplicate-template";
export { deleteTemplate } from "./delete-template";
export { getTemplate } from "./get-template";
export { listTemplates, type TemplatePage } from "./list-templates";
export { getMergeFields, type MergeField, type MergeFields } from "./get-merge-fields";
export { previewTemplate, type TemplatePreviewResult } from "./preview-template";
export { measureListSegments, type ListSegmentsMeasure } from "./measure-list-segments";
export { findPreviewContacts, PREVIEW_CONTACTS_LIMIT } from "./find-preview-contacts";
export { type PreviewContact, SAMPLE_CONTACT_LABEL } from "./preview-contact";
export { type TemplateSummary } from "./template-summary";
export { OPT_OUT_TEXT } from "./opt-out-text";
export { loadRenderSettings, type RenderSettings } from "./load-render-settings";
export { checkTemplateBody } from "./check-template-body";
export {
  MAX_MEASURED_LISTS,
  MAX_TEMPLATES_PER_PAGE,
  ZCreateTemplate,
  ZFindPreviewContacts,
  ZListTemplates,
  ZMeasureListSegments,
  ZPreviewTemplate,
  ZTemplateRef,
  ZUpdateTemplate,
  type CreateTemplateInput,
  type FindPreviewContactsInput,
  type ListTemplatesInput,
  type MeasureListSegmentsInput,
  type PreviewTemplateInput,
  type TemplateRef,
  type UpdateTemplateInput,
} from "./template-records.schema";
