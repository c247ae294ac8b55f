import { getPool } from "@/lib/db";
import type { TemplateContact } from "./templates.schema";

/** Contacts per fetch: big enough to keep round trips few, small enough to keep memory flat. */
export const AUDIENCE_PAGE_SIZE = 5000;

// The audience of some lists as a campaign would send to it: each contact
// once however many of the lists hold it (IN, not a join), opted-out
// contacts left out, and contacts scoped by the organization again even
// though the caller checked the lists are its own.
const AUDIENCE_QUERY = `
  SELECT c.phone, c."firstName", c."lastName", c.email, c."timeZone", c.fields
  FROM contacts c
  WHERE c."orgId" = $1::uuid AND NOT c."optedOut"
    AND c.id IN (SELECT m."contactId" FROM contact_list_members m WHERE m."listId" = ANY($2::uuid[]))`;

/**
 * Streams the audience of some lists in pages of AUDIENCE_PAGE_SIZE rows
 * through a server-side cursor, in one read-only transaction, so the pages
 * add up to one consistent snapshot.
 *
 * Why a cursor rather than keyset pages on the contact id: a keyset page
 * ("members after id X, ordered, first 5000") is only cheap when PostgreSQL
 * picks an ordered index scan, and right after a big import (stale
 * statistics) it plans a bitmap scan that sorts every remaining member for
 * each page, which is quadratic in the list size. The cursor's one set-based
 * query reads each row once whatever the plan.
 */
export async function* readListAudience(options: {
  orgId: string;
  listIds: string[];
  signal?: AbortSignal;
  pageSize?: number;
}): AsyncGenerator<TemplateContact> {
  const { orgId, listIds, signal, pageSize = AUDIENCE_PAGE_SIZE } = options;
  signal?.throwIfAborted();
  const client = await getPool().connect();
  let finished = false;
  try {
    await client.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
    await client.query(`DECLARE audience NO SCROLL CURSOR FOR ${AUDIENCE_QUERY}`, [orgId, listIds]);
    for (;;) {
      signal?.throwIfAborted();
      const { rows } = await client.query<TemplateContact>(`FETCH ${Number(pageSize)} FROM audience`);
      yield* rows;
      if (rows.length < pageSize) break;
    }
    await client.query("COMMIT");
    finished = true;
  } finally {
    // Stopped early (aborted, or the consumer threw): end the transaction before the connection goes back.
    if (!finished) await client.query("ROLLBACK").catch(() => undefined);
    client.release();
  }
}
