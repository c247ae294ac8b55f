import { Prisma } from "@/lib/db";

/** Trigrams need three characters; shorter searches look for whole names or a phone prefix instead. */
const TRIGRAM_MIN_LENGTH = 3;

/**
 * Exactly the expression of lib/contacts' trigram index `contacts_search_trgm_idx`
 * (migration 20261125130000_contacts_import), over the contacts table as `s`;
 * any difference and PostgreSQL stops using the index. lib/contacts searches the
 * same way; its condition is private to that module.
 */
const SEARCH_TEXT = Prisma.sql`lower(s.phone || ' ' || coalesce(s."firstName", '') || ' ' || coalesce(s."lastName", '') || ' ' || coalesce(s.email, ''))`;

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (character) => `\\${character}`);
}

/** "+49 (151) 123-45" finds +4915112345: a phone-like search is matched without its punctuation. */
function compactPhone(term: string): string {
  return /^[+\d\s().-]+$/.test(term) && /\d/.test(term) ? term.replace(/[\s().-]/g, "") : term;
}

/**
 * The condition that keeps conversations whose contact matches the search,
 * or null for no search. Three characters or more: part of the phone number
 * or a name (or the email). Shorter: a whole first or last name, or the
 * start of the phone number. The contacts are found through the trigram
 * index first, then their conversations by the unique contactId.
 */
export function conversationSearchCondition(orgId: string, search: string | undefined): Prisma.Sql | null {
  const term = compactPhone(search?.trim() ?? "");
  if (term === "") return null;
  const literal = escapeLike(term);
  let match: Prisma.Sql;
  if (term.length >= TRIGRAM_MIN_LENGTH) {
    match = Prisma.sql`${SEARCH_TEXT} LIKE '%' || lower(${literal}) || '%'`;
  } else {
    // Names sit between spaces in the expression: phone, first, last, email.
    const nameWord = Prisma.sql`${SEARCH_TEXT} LIKE '% ' || lower(${literal}) || ' %'`;
    match = /^\+?\d+$/.test(term)
      ? Prisma.sql`(${SEARCH_TEXT} LIKE ${`+${term.replace(/^\+/, "")}`} || '%' OR ${nameWord})`
      : nameWord;
  }
  return Prisma.sql`conv."contactId" IN (SELECT s.id FROM contacts s WHERE s."orgId" = ${orgId}::uuid AND ${match})`;
}
