import type { ContactDetail, CustomFieldValue } from "@/lib/contacts";

/** A contact as the API answers it: custom fields as one object, as they are given on create. */
export function presentContact(contact: ContactDetail) {
  const { customFields, ...rest } = contact;
  const fields: Record<string, CustomFieldValue> = {};
  for (const { name, value } of customFields) fields[name] = value;
  return { ...rest, customFields: fields };
}
