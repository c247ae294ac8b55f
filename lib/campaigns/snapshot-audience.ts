import type { Pool, PoolClient } from "pg";

/** Where the first slice starts: contact ids are positive. */
export const FIRST_CONTACT_CURSOR = "0";

export interface AudienceSlice {
  /** False when the campaign was not running: nothing was taken, and the caller stops. */
  running: boolean;
  /** The slice's last contact id (the next slice starts after it); null when no contact is left. */
  lastContactId: string | null;
  /** List memberships of the slice's contacts, contacts among them, and opted-out ones left out. */
  memberships: number;
  contacts: number;
  optedOut: number;
  /** Message rows this call created (a re-run creates none for contacts already taken). */
  inserted: number;
  /** The id range of the campaign's messages for the slice's contacts, now or from an earlier run; null when none. */
  firstMessageId: string | null;
  lastMessageId: string | null;
}

/**
 * Takes one slice of the campaign's audience in one statement: of the
 * organization's next `size` contacts (by id, after `afterContactId`), those
 * on any of the campaign's lists, once each, minus the opted-out, become
 * `queued` message rows, and the campaign's recipient count grows by them
 * in the same statement. Takes nothing unless the campaign is running.
 * Safe to run again (the unique (campaign, contact) key keeps the first
 * rows). Slices go by the organization's contacts, not by list members, so
 * each one is a range of the (orgId, id) index and of every list's
 * (listId, contactId) key, however many lists the campaign has.
 */
export async function snapshotAudienceSlice(
  db: Pool | PoolClient,
  campaign: { orgId: string; campaignId: string; senderId: string },
  slice: { afterContactId: string; size: number },
): Promise<AudienceSlice> {
  const { rows } = await db.query<{
    running: boolean;
    last_contact_id: string | null;
    memberships: string;
    contacts: string;
    opted_out: string;
    inserted: string;
    first_message_id: string | null;
    last_message_id: string | null;
  }>(
    `WITH running AS (
       SELECT 1 FROM campaigns WHERE id = $1::uuid AND "orgId" = $2::uuid AND status = 'running'
     ),
     bound AS (
       SELECT max(id) AS last FROM (
         SELECT id FROM contacts
         WHERE "orgId" = $2::uuid AND id > $4::bigint AND EXISTS (SELECT 1 FROM running)
         ORDER BY id LIMIT $5::int
       ) next_contacts
     ),
     members AS (
       SELECT m."contactId" FROM contact_list_members m
       WHERE m."listId" IN (SELECT "listId" FROM campaign_lists WHERE "campaignId" = $1::uuid)
         AND m."contactId" > $4::bigint AND m."contactId" <= (SELECT last FROM bound)
     ),
     audience AS (
       SELECT DISTINCT ON (c.id) c.id, c.phone, c."optedOut"
       FROM members m JOIN contacts c ON c.id = m."contactId"
       WHERE c."orgId" = $2::uuid AND c.id > $4::bigint AND c.id <= (SELECT last FROM bound)
       ORDER BY c.id
     ),
     inserted AS (
       INSERT INTO messages ("orgId", "campaignId", "contactId", direction, status, phone, sender, priority)
       SELECT $2::uuid, $1::uuid, a.id, 'outbound', 'queued', a.phone, $3::text, 0 FROM audience a WHERE NOT a."optedOut"
       ON CONFLICT ("campaignId", "contactId") DO NOTHING
       RETURNING id
     ),
     counted AS (
       UPDATE campaigns SET recipients = recipients + (SELECT count(*) FROM inserted)
       WHERE id = $1::uuid AND EXISTS (SELECT 1 FROM inserted)
     ),
     earlier AS (
       SELECT min(id) AS first, max(id) AS last FROM messages
       WHERE "campaignId" = $1::uuid AND "contactId" > $4::bigint AND "contactId" <= (SELECT last FROM bound)
     )
     SELECT EXISTS (SELECT 1 FROM running) AS running,
            (SELECT last FROM bound)::text AS last_contact_id,
            (SELECT count(*) FROM members) AS memberships,
            (SELECT count(*) FROM audience) AS contacts,
            (SELECT count(*) FROM audience WHERE "optedOut") AS opted_out,
            (SELECT count(*) FROM inserted) AS inserted,
            -- LEAST and GREATEST skip nulls: either side alone gives the range.
            LEAST((SELECT min(id) FROM inserted), (SELECT first FROM earlier))::text AS first_message_id,
            GREATEST((SELECT max(id) FROM inserted), (SELECT last FROM earlier))::text AS last_message_id`,
    [campaign.campaignId, campaign.orgId, campaign.senderId, slice.afterContactId, slice.size],
  );
  const row = rows[0]!;
  return {
    running: row.running,
    lastContactId: row.last_contact_id,
    memberships: Number(row.memberships),
    contacts: Number(row.contacts),
    optedOut: Number(row.opted_out),
    inserted: Number(row.inserted),
    firstMessageId: row.first_message_id,
    lastMessageId: row.last_message_id,
  };
}
