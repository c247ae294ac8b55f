import type { PoolClient } from "pg";

export interface AudienceSnapshot {
  /** Message rows the campaign has now (a re-run adds none). */
  recipients: number;
  excludedOptedOut: number;
  /** List memberships beyond the first for the same contact (numbers are unique per organization). */
  excludedDuplicates: number;
}

/**
 * Takes the campaign's audience in one statement: every contact of its
 * lists, once, minus the opted-out, becomes a `queued` message row. Safe to
 * run again (the unique (campaign, contact) key keeps the first rows), so a
 * start job that dies halfway is simply run again.
 */
export async function snapshotAudience(
  client: PoolClient,
  campaign: { orgId: string; campaignId: string; senderId: string },
): Promise<AudienceSnapshot> {
  const { rows } = await client.query<{ memberships: string; contacts: string; opted_out: string }>(
    `WITH members AS (
       SELECT m."contactId" FROM contact_list_members m
       JOIN campaign_lists cl ON cl."listId" = m."listId" AND cl."campaignId" = $1
     ),
     audience AS (
       SELECT DISTINCT ON (c.id) c.id, c.phone, c."optedOut"
       FROM members m JOIN contacts c ON c.id = m."contactId" AND c."orgId" = $2
       ORDER BY c.id
     ),
     inserted AS (
       INSERT INTO messages ("orgId", "campaignId", "contactId", direction, status, phone, sender, priority)
       SELECT $2, $1, a.id, 'outbound', 'queued', a.phone, $3, 0 FROM audience a WHERE NOT a."optedOut"
       ON CONFLICT ("campaignId", "contactId") DO NOTHING
       RETURNING 1
     )
     SELECT (SELECT count(*) FROM members) AS memberships,
            (SELECT count(*) FROM audience) AS contacts,
            (SELECT count(*) FROM audience WHERE "optedOut") AS opted_out,
            (SELECT count(*) FROM inserted) AS inserted`,
    [campaign.campaignId, campaign.orgId, campaign.senderId],
  );
  const row = rows[0]!;
  const { rows: counted } = await client.query<{ recipients: string }>(
    `SELECT count(*) AS recipients FROM messages WHERE "campaignId" = $1`,
    [campaign.campaignId],
  );
  return {
    recipients: Number(counted[0]!.recipients),
    excludedOptedOut: Number(row.opted_out),
    excludedDuplicates: Number(row.memberships) - Number(row.contacts),
  };
}
