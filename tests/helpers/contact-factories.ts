import { db } from "@/lib/db";

/**
 * Inserts `count` contacts into an organization in one INSERT … SELECT
 * generate_series and raises its contact counter to match. Names repeat and
 * are sometimes missing (every 7th last name, every 5th first name), so sort
 * orders meet ties and NULLs. Phones are +4915100000001, +4915100000002, …
 * Returns the ids in insertion order.
 */
export async function insertContacts(options: {
  orgId: string;
  count: number;
  /** Added to the serial number in the phone, so two calls for one organization don't collide. */
  phoneOffset?: number;
  optedOutEvery?: number;
}): Promise<bigint[]> {
  const { orgId, count, phoneOffset = 0, optedOutEvery = 0 } = options;
  const rows = await db.$queryRaw<{ id: bigint }[]>`
    INSERT INTO contacts ("orgId", phone, "firstName", "lastName", email, fields, "optedOut", "optedOutAt")
    SELECT ${orgId}::uuid,
           '+49151' || lpad((i + ${phoneOffset}::int)::text, 8, '0'),
           CASE WHEN i % 5 = 0 THEN NULL ELSE 'First' || (i % 4) END,
           CASE WHEN i % 7 = 0 THEN NULL ELSE 'Last' || (i % 3) END,
           'person' || i || '@example.test',
           jsonb_build_object('serial', i::text),
           ${optedOutEvery}::int > 0 AND i % greatest(${optedOutEvery}::int, 1) = 0,
           CASE WHEN ${optedOutEvery}::int > 0 AND i % greatest(${optedOutEvery}::int, 1) = 0 THEN now() END
    FROM generate_series(1, ${count}::int) AS i
    ORDER BY i
    RETURNING id`;
  await db.organization.update({ where: { id: orgId }, data: { contactCount: { increment: rows.length } } });
  return rows.map((row) => row.id).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/** One contact with exactly the given values; the counter follows. */
export async function insertContact(options: {
  orgId: string;
  phone: string;
  firstName?: string | null;
  lastName?: string | null;
  email?: string | null;
  fields?: Record<string, string>;
}): Promise<bigint> {
  const contact = await db.contact.create({
    data: {
      orgId: options.orgId,
      phone: options.phone,
      firstName: options.firstName ?? null,
      lastName: options.lastName ?? null,
      email: options.email ?? null,
      fields: options.fields ?? {},
    },
    select: { id: true },
  });
  await db.organization.update({ where: { id: options.orgId }, data: { contactCount: { increment: 1 } } });
  return contact.id;
}

/** The counters as stored next to what COUNT(*) says, for exactness checks. */
export async function countersOf(orgId: string) {
  const [row] = await db.$queryRaw<{ stored: number; counted: number }[]>`
    SELECT o."contactCount" AS stored, (SELECT count(*)::int FROM contacts c WHERE c."orgId" = o.id) AS counted
    FROM organizations o WHERE o.id = ${orgId}::uuid`;
  const lists = await db.$queryRaw<{ id: string; stored: number; counted: number }[]>`
    SELECT l.id, l."memberCount" AS stored,
           (SELECT count(*)::int FROM contact_list_members m WHERE m."listId" = l.id) AS counted
    FROM contact_lists l WHERE l."orgId" = ${orgId}::uuid ORDER BY l.id`;
  return { contacts: row!, lists };
}
