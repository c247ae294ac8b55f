import { z } from "zod";

const MAX_BIGINT = 9_223_372_036_854_775_807n;

export const ZOrgId = z.guid("Unknown organization.");

export const ZContactListId = z.guid("Choose a list.");

/**
 * A contact id as the UI carries it (a decimal string) or as the database
 * returns it (bigint); always a bigint after parsing.
 */
export const ZContactId = z
  .union([z.bigint(), z.string().regex(/^[1-9]\d{0,18}$/, "Unknown contact.")])
  .transform((id) => BigInt(id))
  .refine((id) => id > 0n && id <= MAX_BIGINT, "Unknown contact.");

/** Bulk actions take one page of selected contacts or an API batch, never the whole table. */
export const MAX_CONTACTS_PER_ACTION = 5000;

export const ZContactIds = z
  .array(ZContactId)
  .min(1, "Select at least one contact.")
  .max(MAX_CONTACTS_PER_ACTION, `Select at most ${MAX_CONTACTS_PER_ACTION} contacts at once.`)
  .transform((ids) => [...new Set(ids)]);
