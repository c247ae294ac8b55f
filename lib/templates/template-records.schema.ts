import { z } from "zod";
import { MAX_TEMPLATE_LENGTH, ZTemplateBody, ZTemplateDraft } from "./templates.schema";

export const ZOrgId = z.uuid("Unknown organization.");

/**
 * A template id as the UI and URLs carry it. Anything that is not a UUID is
 * answered like a template that does not exist (NotFoundError), never as a
 * validation problem, so ids cannot be probed.
 */
export const ZTemplateId = z.string().max(100);

export const ZCreateTemplate = z.object({
  orgId: ZOrgId,
  name: ZTemplateDraft.shape.name,
  body: ZTemplateBody,
});
export type CreateTemplateInput = z.input<typeof ZCreateTemplate>;

export const ZUpdateTemplate = ZCreateTemplate.extend({ templateId: ZTemplateId });
export type UpdateTemplateInput = z.input<typeof ZUpdateTemplate>;

/** get, duplicate and delete: one template of one organization. */
export const ZTemplateRef = z.object({ orgId: ZOrgId, templateId: ZTemplateId });
export type TemplateRef = z.input<typeof ZTemplateRef>;

export const MAX_TEMPLATES_PER_PAGE = 100;

export const ZListTemplates = z.object({
  orgId: ZOrgId,
  /** From a previous page's `nextCursor`; an unreadable cursor starts from the top. */
  cursor: z.string().max(200).nullish(),
  limit: z.number().int().min(1).max(MAX_TEMPLATES_PER_PAGE).default(25),
});
export type ListTemplatesInput = z.input<typeof ZListTemplates>;

/** A contact id as the UI carries it: the bigint in decimal. Anything else is a contact that does not exist. */
export const ZPreviewContactId = z.string().max(30);

export const ZPreviewTemplate = z.object({
  orgId: ZOrgId,
  // Not ZTemplateBody: an empty draft is previewed too, and answered with its "empty" issue.
  body: z.string().max(MAX_TEMPLATE_LENGTH, `A template can be at most ${MAX_TEMPLATE_LENGTH} characters.`),
  /** A contact of the organization; absent or null renders for a sample contact. */
  contactId: ZPreviewContactId.nullish(),
});
export type PreviewTemplateInput = z.input<typeof ZPreviewTemplate>;

export const MAX_MEASURED_LISTS = 20;

export const ZMeasureListSegments = z.object({
  orgId: ZOrgId,
  body: ZTemplateBody,
  listIds: z
    .array(z.uuid("Choose a list."))
    .min(1, "Choose at least one list.")
    .max(MAX_MEASURED_LISTS, `Choose at most ${MAX_MEASURED_LISTS} lists.`)
    .transform((ids) => [...new Set(ids)]),
});
export type MeasureListSegmentsInput = z.input<typeof ZMeasureListSegments>;

export const ZFindPreviewContacts = z.object({
  orgId: ZOrgId,
  /** The start of a first or last name, or digits of a phone number; empty lists the first contacts. */
  query: z.string().trim().max(100, "Keep the search under 100 characters.").default(""),
});
export type FindPreviewContactsInput = z.input<typeof ZFindPreviewContacts>;
