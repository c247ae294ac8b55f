import { z } from "zod";
import { ZContactListId, ZOrgId } from "./contact-ids.schema";
import { ZCustomFieldName } from "./import/import-options.schema";

function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat("en", { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

const ZOptionalText = (max: number, message: string) =>
  z
    .string()
    .trim()
    .max(max, message)
    .nullish()
    .transform((value) => value || null);

/** One contact as the REST API (or a form) gives it. */
export const ZCreateContactFields = z
  .object({
    /** As typed: spaces, dashes, "00" or a missing country code are read like an import's cells. */
    phone: z.string().trim().min(1, "Enter a phone number.").max(64, "That is too long for a phone number."),
    /** Country assumed for a number without a country code; the organization's default when absent. */
    country: z
      .string()
      .regex(/^[A-Za-z]{2}$/, "Use a two-letter country code, such as DE.")
      .transform((code) => code.toUpperCase())
      .optional(),
    firstName: ZOptionalText(100, "Keep the first name under 100 characters."),
    lastName: ZOptionalText(100, "Keep the last name under 100 characters."),
    email: z.email("Enter a valid email address.").max(254).nullish(),
    timeZone: z
      .string()
      .refine(isTimeZone, "Unknown time zone; use an IANA name such as Europe/Berlin.")
      .nullish(),
    customFields: z
      .record(
        ZCustomFieldName,
        z.union([z.string().max(1000, "Keep custom values under 1000 characters."), z.number(), z.boolean()]),
      )
      .refine((fields) => Object.keys(fields).length <= 50, "At most 50 custom fields.")
      .default({}),
    listIds: z
      .array(ZContactListId)
      .max(20, "Add a contact to at most 20 lists at once.")
      .default([])
      .transform((ids) => [...new Set(ids)]),
  })
  .strict();

export const ZCreateContact = ZCreateContactFields.extend({ orgId: ZOrgId });
export type CreateContactInput = z.input<typeof ZCreateContact>;
