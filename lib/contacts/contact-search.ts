import { Prisma } from "@/lib/db";

/** Trigrams need three characters; shorter searches look for whole words instead. */
const TRIGRAM_MIN_LENGTH = 3;

/**
 * Exactly the expression of the trigram index `contacts_search_trgm_idx`
 * (see the contacts_import migration); any difference and PostgreSQL stops
 * using the index.
 */
const SEARCH_TEXT = Prisma.sql`lower(c.phone || ' ' || coalesce(c."firstName", '') || ' ' || coalesce(c."lastName", '') || ' ' || coalesce(c.email, ''))`;

/** Makes LIKE's wildcards and escape character literal. */
function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (character) => `\\${character}`);
}

/** "+49 (151) 123-45" finds +4915112345: a phone-like search is matched without its punctuation. */
function compactPhone(term: string): string {
  return /^[+\d\s().-]+$/.test(term) && /\d/.test(term) ? term.replace(/[\s().-]/g, "") : term;
}

/**
 * The search condition for the contacts page, or null for no search.
 * Three characters or more: a substring of phone, names or email. Shorter:
 * a first or last name that is exactly the term (or has it as a whole word),
 * or, for digits, a phone number starting with them (E.164 always starts with
 * "+"). Both forms are LIKE patterns on the indexed expression, which the
 * trigram index serves (a whole word of one or two letters still yields
 * trigrams with its surrounding spaces).
 */
export function contactSearchCondition(search: string | undefined): Prisma.Sql | null {
  const term = compactPhone(search?.trim() ?? "");
  if (term === "") return null;
  const literal = escapeLike(term);
  if (term.length >= TRIGRAM_MIN_LENGTH) {
    return Prisma.sql`${SEARCH_TEXT} LIKE '%' || lower(${literal}) || '%'`;
  }
  // The names sit between spaces in the expression: phone, first, last, email.
  const nameWord = Prisma.sql`${SEARCH_TEXT} LIKE '% ' || lower(${literal}) || ' %'`;
  if (!/^\+?\d+$/.test(term)) return nameWord;
  const phonePrefix = `+${term.replace(/^\+/, "")}`;
  return Prisma.sql`(${SEARCH_TEXT} LIKE ${phonePrefix} || '%' OR ${nameWord})`;
}
