import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { loadRenderSettings } from "./load-render-settings";
import { contactIdOrNotFound, parseOptions } from "./parse-options";
import {
  PREVIEW_CONTACT_COLUMNS,
  SAMPLE_CONTACT_LABEL,
  sampleContact,
  toPreviewContact,
  type PreviewContact,
} from "./preview-contact";
import { renderTemplate, type TemplatePreview } from "./render-template";
import { ZPreviewTemplate, type PreviewTemplateInput } from "./template-records.schema";
import type { TemplateContact, TemplateIssue } from "./templates.schema";
import { validateTemplate } from "./validate-template";

export interface TemplatePreviewResult {
  /** Who the message was rendered for. */
  contact: PreviewContact;
  /** Problems that stop the template from being saved; when there are any, `preview` is null. */
  errors: TemplateIssue[];
  warnings: TemplateIssue[];
  /** The message as this contact receives it, opt-out text included when the organization appends it. */
  preview: TemplatePreview | null;
}

/**
 * The editor's live preview: validates a draft against the organization's
 * fields and renders it for one of its contacts (or a sample), exactly as
 * the sender will. Another organization's contact is NotFoundError.
 */
export async function previewTemplate(options: PreviewTemplateInput): Promise<TemplatePreviewResult> {
  const { orgId, body, contactId } = parseOptions(ZPreviewTemplate, options);
  const [settings, chosen] = await Promise.all([
    loadRenderSettings({ orgId }),
    contactId ? loadContact(orgId, contactIdOrNotFound(contactId)) : null,
  ]);
  const contact: TemplateContact = chosen ?? sampleContact(settings.knownFields);
  const shown: PreviewContact = chosen
    ? toPreviewContact(chosen)
    : { id: null, label: SAMPLE_CONTACT_LABEL, phone: contact.phone };

  const { errors, warnings } = validateTemplate(body, { knownFields: settings.knownFields });
  if (errors.length > 0) return { contact: shown, errors, warnings, preview: null };
  const preview = renderTemplate({
    body,
    contact,
    knownFields: settings.knownFields,
    defaultTimeZone: settings.defaultTimeZone,
    optOutText: settings.optOutText,
  });
  return { contact: shown, errors, warnings, preview };
}

async function loadContact(orgId: string, id: bigint) {
  const contact = await db.contact.findFirst({ where: { id, orgId }, select: PREVIEW_CONTACT_COLUMNS });
  if (!contact) throw new NotFoundError("That contact");
  return contact;
}
