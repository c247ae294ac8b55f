import type { Pool } from "pg";
import { listContacts, type ListContactsInput } from "@/lib/contacts";
import { encodeContactsCursor } from "@/lib/contacts/contacts-cursor";
import type { ContactSort } from "@/lib/contacts/list-contacts.schema";

/** How far into the order a "deep" page starts: nine tenths of the organization's contacts. */
const DEEP_SHARE = 0.9;
/** Runs per page; the median is reported (the first run also warms the plan and the cache). */
const RUNS = 5;

type Variant = { name: string; deep: boolean; input: ListContactsInput };

/**
 * The contacts page's server time with the imported million contacts: the
 * first page and a page nine tenths deep in every order, in the imported
 * list, and searches, each timed through listContacts (the page's query and
 * the lists of the contacts on it), as the page's server component calls it.
 * Deep cursors are made from the row at that depth, as if the user had
 * paged there.
 */
export async function measureContactsPages(
  pool: Pool,
  options: { orgId: string; listId: string },
): Promise<{ firstPageMs: number; deepPageMs: number; pages: Record<string, number> }> {
  const { orgId, listId } = options;
  const total = Number(
    (await pool.query<{ n: string }>(`SELECT count(*) AS n FROM contacts WHERE "orgId" = $1`, [orgId]))
      .rows[0]!.n,
  );
  const depth = Math.floor(total * DEEP_SHARE);
  const keyAt = async (orderBy: string, columns: string): Promise<(string | null)[]> => {
    const { rows } = await pool.query<Record<string, string | null>>(
      `SELECT ${columns} FROM contacts WHERE "orgId" = $1 ORDER BY ${orderBy} OFFSET $2 LIMIT 1`,
      [orgId, depth],
    );
    return Object.values(rows[0]!);
  };
  const deepCursor = (sort: ContactSort, key: (string | null)[]) =>
    encodeContactsCursor({ sort, direction: "after", key });
  // The same key serves the newest-first order with and without the list (every contact is on it).
  const newestDeepKey = await keyAt("id DESC", "id::text");
  const sample = (
    await pool.query<{ phone: string; lastName: string }>(
      `SELECT phone, "lastName" FROM contacts WHERE "orgId" = $1 ORDER BY id OFFSET $2 LIMIT 1`,
      [orgId, depth],
    )
  ).rows[0]!;

  const variants: Variant[] = [
    { name: "newest", deep: false, input: { orgId, sort: "newest" } },
    {
      name: "newestDeep",
      deep: true,
      input: { orgId, sort: "newest", cursor: deepCursor("newest", newestDeepKey) },
    },
    {
      name: "oldestDeep",
      deep: true,
      input: { orgId, sort: "oldest", cursor: deepCursor("oldest", await keyAt("id", "id::text")) },
    },
    { name: "name", deep: false, input: { orgId, sort: "name" } },
    {
      name: "nameDeep",
      deep: true,
      input: {
        orgId,
        sort: "name",
        cursor: deepCursor(
          "name",
          await keyAt(`"lastName", "firstName", id`, `"lastName", "firstName", id::text`),
        ),
      },
    },
    { name: "phone", deep: false, input: { orgId, sort: "phone" } },
    {
      name: "phoneDeep",
      deep: true,
      input: { orgId, sort: "phone", cursor: deepCursor("phone", await keyAt("phone", "phone")) },
    },
    { name: "list", deep: false, input: { orgId, listId, sort: "newest" } },
    {
      name: "listDeep",
      deep: true,
      input: {
        orgId,
        listId,
        sort: "newest",
        cursor: deepCursor("newest", newestDeepKey),
      },
    },
    { name: "optedOut", deep: false, input: { orgId, sort: "newest", optedOut: true } },
    { name: "searchName", deep: false, input: { orgId, sort: "newest", search: sample.lastName } },
    // Digits from the middle of a number: the trigram index, not a prefix.
    { name: "searchPhone", deep: false, input: { orgId, sort: "newest", search: sample.phone.slice(5, 12) } },
    { name: "searchNone", deep: false, input: { orgId, sort: "newest", search: "nobody-by-this-name" } },
  ];

  const pages: Record<string, number> = {};
  for (const variant of variants) {
    const times: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      const started = performance.now();
      const page = await listContacts(variant.input);
      times.push(performance.now() - started);
      if (variant.name !== "optedOut" && variant.name !== "searchNone" && page.contacts.length === 0)
        throw new Error(`The ${variant.name} page is empty: the bench measured nothing.`);
    }
    times.sort((a, b) => a - b);
    pages[variant.name] = Math.round(times[Math.floor(RUNS / 2)]! * 10) / 10;
  }
  const slowest = (deep: boolean) =>
    Math.max(...variants.filter((variant) => variant.deep === deep).map((variant) => pages[variant.name]!));
  return { firstPageMs: slowest(false), deepPageMs: slowest(true), pages };
}
