import { db, Prisma } from "@/lib/db";
import { parseOptions } from "./parse-options";
import { toPreviewContact, type PreviewContact } from "./preview-contact";
import { ZFindPreviewContacts, type FindPreviewContactsInput } from "./template-records.schema";

export const PREVIEW_CONTACTS_LIMIT = 10;

/**
 * The editor's "preview as" search: up to ten contacts of the organization
 * whose first name, last name, full name or email starts with the query, or
 * whose phone number contains its digits ("0151 234" finds +49151234…).
 * An empty query lists the first contacts by name.
 *
 * Queries of three or more characters are narrowed first through the
 * contacts' trigram search index (the expression below must stay the one in
 * the contacts_search_trgm_idx migration for PostgreSQL to use it).
 */
export async function findPreviewContacts(options: FindPreviewContactsInput): Promise<PreviewContact[]> {
  const { orgId, query } = parseOptions(ZFindPreviewContacts, options);
  const text = query.toLowerCase();
  const digits = phoneDigits(text);
  const match = digits !== null ? phoneMatch(digits) : text === "" ? Prisma.sql`TRUE` : nameMatch(text);
  const needle = digits ?? text;
  const narrowed =
    needle.length >= 3
      ? Prisma.sql`AND lower(("phone" || ' ' || coalesce("firstName", '') || ' ' || coalesce("lastName", '') || ' ' || coalesce("email", ''))) LIKE ${`%${escapeLike(needle)}%`}`
      : Prisma.empty;
  const rows = await db.$queryRaw<
    { id: bigint; phone: string; firstName: string | null; lastName: string | null }[]
  >`
    SELECT id, phone, "firstName", "lastName" FROM contacts
    WHERE "orgId" = ${orgId}::uuid ${narrowed} AND (${match})
    ORDER BY "lastName", "firstName", id
    LIMIT ${PREVIEW_CONTACTS_LIMIT}`;
  return rows.map(toPreviewContact);
}

/**
 * The digits to look for when the query is a phone number: separators go,
 * "+49…" and "0049…" lose their prefix, and a national "0151…" loses its
 * trunk zero, so all of them match the stored E.164 number. Null for text.
 */
function phoneDigits(text: string): string | null {
  const compact = text.replace(/[\s\-().\/]/g, "");
  if (!/^\+?\d+$/.test(compact)) return null;
  return compact.replace(/^\+/, "").replace(/^00/, "").replace(/^0/, "");
}

function phoneMatch(digits: string): Prisma.Sql {
  return Prisma.sql`phone LIKE ${`%${escapeLike(digits)}%`}`;
}

function nameMatch(text: string): Prisma.Sql {
  const prefix = `${escapeLike(text)}%`;
  return Prisma.sql`lower(coalesce("firstName", '')) LIKE ${prefix}
    OR lower(coalesce("lastName", '')) LIKE ${prefix}
    OR lower(coalesce("firstName", '') || ' ' || coalesce("lastName", '')) LIKE ${prefix}
    OR lower(coalesce(email, '')) LIKE ${prefix}`;
}

/** LIKE's wildcards typed by the user are literal characters. */
function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, "\\$&");
}
