import type { PoolClient } from "pg";
import type { ContactCandidate } from "./map-import-row";

export type RejectedRow = { line: number; raw: string; reason: string };

export type ImportBatch = {
  orgId: string;
  importId: string;
  listId: string;
  existing: "skip" | "update";
  /** Unique within the file (duplicates were removed before). */
  contacts: ContactCandidate[];
  duplicatesInFile: number;
  rejected: RejectedRow[];
  /** Data rows this batch covers (contacts + duplicates + rejected). */
  rows: number;
  /** Data rows done once this batch commits; a restarted import resumes after it. */
  checkpointRow: number;
  bytesRead: number;
};

export type BatchCounts = { imported: number; updated: number; duplicates: number; invalid: number };

/**
 * Writes one batch in four set-based statements, in the caller's
 * transaction together with the import's counters and checkpoint, so a crash
 * leaves either all of the batch or none of it.
 */
export async function writeImportBatch(client: PoolClient, batch: ImportBatch): Promise<BatchCounts> {
  const { contacts } = batch;
  const phones = contacts.map((c) => c.phone);

  // Upsert; with "skip", ON CONFLICT ... WHERE false leaves existing contacts untouched and unreturned.
  const upsert = await client.query<{ inserted: boolean }>(
    `WITH input AS (
       SELECT * FROM unnest($2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[])
         AS t(phone, "firstName", "lastName", email, "timeZone", fields)
     )
     INSERT INTO contacts ("orgId", phone, "firstName", "lastName", email, "timeZone", fields)
     SELECT $1::uuid, phone, "firstName", "lastName", email, "timeZone", fields::jsonb FROM input
     ON CONFLICT ("orgId", phone) DO UPDATE SET
       "firstName" = COALESCE(EXCLUDED."firstName", contacts."firstName"),
       "lastName" = COALESCE(EXCLUDED."lastName", contacts."lastName"),
       email = COALESCE(EXCLUDED.email, contacts.email),
       "timeZone" = COALESCE(EXCLUDED."timeZone", contacts."timeZone"),
       fields = contacts.fields || EXCLUDED.fields,
       "updatedAt" = now()
     WHERE $8::boolean
     RETURNING (xmax = 0) AS inserted`,
    [
      batch.orgId,
      phones,
      contacts.map((c) => c.firstName),
      contacts.map((c) => c.lastName),
      contacts.map((c) => c.email),
      contacts.map((c) => c.timeZone),
      contacts.map((c) => JSON.stringify(c.fields)),
      batch.existing === "update",
    ],
  );
  const imported = upsert.rows.filter((row) => row.inserted).length;
  const updated = upsert.rows.length - imported;
  const keptAsIs = contacts.length - upsert.rows.length;

  await client.query(
    `WITH added AS (
       INSERT INTO contact_list_members ("listId", "contactId")
       SELECT $2::uuid, c.id FROM contacts c WHERE c."orgId" = $1::uuid AND c.phone = ANY($3::text[])
       ON CONFLICT DO NOTHING
       RETURNING 1
     )
     UPDATE contact_lists SET "memberCount" = "memberCount" + (SELECT count(*) FROM added), "updatedAt" = now()
     WHERE id = $2::uuid AND "orgId" = $1::uuid`,
    [batch.orgId, batch.listId, phones],
  );

  if (batch.rejected.length > 0) {
    await client.query(
      `INSERT INTO contact_import_errors ("importId", "lineNumber", "rawText", reason)
       SELECT $1::uuid, * FROM unnest($2::int[], $3::text[], $4::text[])`,
      [
        batch.importId,
        batch.rejected.map((r) => r.line),
        batch.rejected.map((r) => r.raw),
        batch.rejected.map((r) => r.reason),
      ],
    );
  }

  const counts: BatchCounts = {
    imported,
    updated,
    duplicates: batch.duplicatesInFile + keptAsIs,
    invalid: batch.rejected.length,
  };
  await client.query(
    `UPDATE contact_imports SET
       "rowsRead" = "rowsRead" + $3, imported = imported + $4, updated = updated + $5,
       duplicates = duplicates + $6, invalid = invalid + $7,
       "checkpointRow" = $8, "bytesRead" = $9
     WHERE id = $1::uuid AND "orgId" = $2::uuid`,
    [
      batch.importId,
      batch.orgId,
      batch.rows,
      counts.imported,
      counts.updated,
      counts.duplicates,
      counts.invalid,
      batch.checkpointRow,
      batch.bytesRead,
    ],
  );
  if (imported > 0) {
    await client.query(`UPDATE organizations SET "contactCount" = "contactCount" + $2 WHERE id = $1::uuid`, [
      batch.orgId,
      imported,
    ]);
  }
  return counts;
}
