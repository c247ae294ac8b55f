import type { TemplateContact } from "./templates.schema";

/** A contact as the editor's contact picker shows it; `id` is null for the sample contact. */
export interface PreviewContact {
  id: string | null;
  /** "Ada Lovelace", or the phone number when the contact has no name. */
  label: string;
  phone: string;
}

/** The columns a preview reads from a contact. */
export const PREVIEW_CONTACT_COLUMNS = {
  id: true,
  phone: true,
  firstName: true,
  lastName: true,
  email: true,
  timeZone: true,
  fields: true,
} as const;

export function contactLabel(contact: {
  firstName?: string | null;
  lastName?: string | null;
  phone: string;
}) {
  const name = [contact.firstName, contact.lastName].filter((part) => part && part.trim() !== "").join(" ");
  return name || contact.phone;
}

export function toPreviewContact(contact: {
  id: bigint;
  phone: string;
  firstName: string | null;
  lastName: string | null;
}): PreviewContact {
  return { id: contact.id.toString(), label: contactLabel(contact), phone: contact.phone };
}

export const SAMPLE_CONTACT_LABEL = "Sample contact";

/**
 * Who the preview renders for when no real contact is chosen. Custom fields
 * show their own name in angle brackets (GSM-7 characters, so the sample does
 * not change the encoding): "<plan>".
 */
export function sampleContact(knownFields: readonly string[]): TemplateContact {
  return {
    phone: "+4915112345678",
    firstName: "Alex",
    lastName: "Example",
    email: "alex@example.com",
    timeZone: null,
    fields: Object.fromEntries(knownFields.map((name) => [name, `<${name}>`])),
  };
}
