import { z } from "zod";
import { checkFieldName } from "./merge-tags";

/** A custom field name usable in `{{fields.<name>}}`; see `checkFieldName` for the rules. */
export const ZFieldName = z.string().superRefine((name, ctx) => {
  const problem = checkFieldName(name);
  if (problem !== null) ctx.addIssue({ code: "custom", message: problem });
});

export const MAX_TEMPLATE_LENGTH = 5000;

export const ZTemplateBody = z
  .string({ error: "Write the message." })
  .max(MAX_TEMPLATE_LENGTH, `A template can be at most ${MAX_TEMPLATE_LENGTH} characters.`)
  .refine((body) => body.trim() !== "", "Write the message.");

/** What the editor submits to create or update a template. */
export const ZTemplateDraft = z.object({
  name: z.string().trim().min(1, "Give the template a name.").max(100, "Keep the name under 100 characters."),
  body: ZTemplateBody,
});
export type TemplateDraft = z.infer<typeof ZTemplateDraft>;

function isKnownTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat("en-GB", { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

function isKnownLocale(locale: string): boolean {
  try {
    return Intl.DateTimeFormat.supportedLocalesOf([locale]).length > 0;
  } catch {
    return false;
  }
}

export const ZTimeZone = z.string().refine(isKnownTimeZone, "Unknown time zone.");
export const ZLocale = z.string().refine(isKnownLocale, "Unknown or unsupported locale.");

export const ZValidateTemplateOptions = z.object({
  /** The organisation's custom field names (from CSV headers); invalid names are ignored. */
  knownFields: z.array(z.string()),
  /**
   * When an audience is chosen: the fields every one of its contacts has a
   * value for, as custom field names and/or `firstName`, `lastName`, `email`
   * (`phone` always counts as present). A tag outside this list is a warning.
   */
  fieldsPresentInAudience: z.array(z.string()).optional(),
});
export type ValidateTemplateOptions = z.infer<typeof ZValidateTemplateOptions>;

export const ZCompileTemplateOptions = ZValidateTemplateOptions.omit({
  fieldsPresentInAudience: true,
}).extend({
  /** Locale for `formatDate`; "en-GB" when absent. */
  locale: ZLocale.optional(),
  /** Time zone for `formatDate` when neither the render call nor the contact gives one; "UTC" when absent. */
  defaultTimeZone: ZTimeZone.optional(),
  /** The organisation's opt-out text, appended to each message unless the template already says it. */
  optOutText: z.string().trim().max(160).nullish(),
});
export type CompileTemplateOptions = z.input<typeof ZCompileTemplateOptions>;

/** The contact data a template can read. Extra properties are ignored. */
export const ZTemplateContact = z.object({
  phone: z.string(),
  firstName: z.string().nullish(),
  lastName: z.string().nullish(),
  email: z.string().nullish(),
  timeZone: z.string().nullish(),
  /** Custom field values by name, as stored (Prisma Json); anything but an object reads as no fields. */
  fields: z.unknown().optional(),
});
export type TemplateContact = z.infer<typeof ZTemplateContact>;

export const ZTemplateIssueCode = z.enum([
  "empty_template",
  "syntax_error",
  "unknown_tag",
  "unknown_helper",
  "forbidden_helper",
  "helper_arguments",
  "unsupported_syntax",
  "missing_in_audience",
]);
export type TemplateIssueCode = z.infer<typeof ZTemplateIssueCode>;

/** One problem in a template, with where it is (lines and columns are 1-based, in UTF-16 code units). */
export const ZTemplateIssue = z.object({
  code: ZTemplateIssueCode,
  message: z.string(),
  line: z.number().int(),
  column: z.number().int(),
  endLine: z.number().int(),
  endColumn: z.number().int(),
  /** 0-based index into the template body, and the length to highlight. */
  offset: z.number().int(),
  length: z.number().int(),
  /** The merge tag or helper as written. */
  name: z.string().optional(),
  suggestion: z.string().optional(),
});
export type TemplateIssue = z.infer<typeof ZTemplateIssue>;
