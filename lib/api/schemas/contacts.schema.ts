import { z } from "zod";
import {
  MAX_CONTACTS_PER_ACTION,
  MAX_PAGE_SIZE,
  DEFAULT_PAGE_SIZE,
  ZCreateContactFields,
} from "@/lib/contacts";
import { ZQueryBoolean, zQueryLimit } from "../read-query";

/** Contact ids are decimal strings in the API (they are 64-bit integers). */
export const ZApiContactId = z
  .string()
  .regex(/^[1-9]\d{0,18}$/, 'Contact ids are decimal strings such as "42".');

export const ZApiCreateContact = ZCreateContactFields;

export const ZApiListContactsQuery = z
  .object({
    cursor: z.string().max(2000).optional(),
    limit: zQueryLimit({ max: MAX_PAGE_SIZE, default: DEFAULT_PAGE_SIZE }),
    listId: z.guid("listId must be a list id.").optional(),
    optedOut: ZQueryBoolean.optional(),
    search: z.string().max(100, "Keep the search under 100 characters.").optional(),
  })
  .strict();

export const ZApiContactParams = z.object({ id: ZApiContactId });

export const ZApiAddListContacts = z
  .object({
    contactIds: z
      .array(ZApiContactId)
      .min(1, "Give at least one contact id.")
      .max(MAX_CONTACTS_PER_ACTION, `Give at most ${MAX_CONTACTS_PER_ACTION} contact ids at once.`),
  })
  .strict();
