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
 * Writes one batch's contacts, list memberships and rejected rows in two
 * set-based statements. The caller records the batch's counters and
 * checkpoint (recordBatchProgress) in the same transaction, so a crash leaves
 * either all of the batch or none of it.
 */
export async function writeImportRows(
  client: PoolClient,
  batch: ImportBatch,
): Promise<BatchCounts & { added: number }> {
  const { contacts } = batch;

  // Upsert the contacts and put all of them (new, updated and untouched) on the list.
  // With "skip", ON CONFLICT ... WHERE false leaves existing contacts untouched and
  // unreturned; "existing" finds them (a CTE sees the table as it was before the
  // statement, so it never sees the rows inserted here).
  const written = await client.query<{ imported: string; updated: string; added: string }>(
    `WITH input AS (
       SELECT * FROM json_to_recordset($2::json)
         AS t(phone text, "firstName" text, "lastName" text, email text, "timeZone" text, fields jsonb)
     ),
     upserted AS (
       INSERT INTO contacts ("orgId", phone, "firstName", "lastName", email, "timeZone", fields)
       SELECT $1::uuid, phone, "firstName", "lastName", email, "timeZone", fields FROM input
       ON CONFLICT ("orgId", phone) DO UPDATE SET
         "firstName" = COALESCE(EXCLUDED."firstName", contacts."firstName"),
         "lastName" = COALESCE(EXCLUDED."lastName", contacts."lastName"),
         email = COALESCE(EXCLUDED.email, contacts.email),
         "timeZone" = COALESCE(EXCLUDED."timeZone", contacts."timeZone"),
         fields = contacts.fields || EXCLUDED.fields,
         "updatedAt" = now()
       WHERE $3::boolean
       RETURNING id, phone, (xmax = 0) AS inserted
     ),
     existing AS (
       SELECT c.id FROM input i
       JOIN contacts c ON c."orgId" = $1::uuid AND c.phone = i.phone
       WHERE NOT EXISTS (SELECT 1 FROM upserted u WHERE u.phone = i.phone)
     ),
     added AS (
       INSERT INTO contact_list_members ("listId", "contactId")
       SELECT $4::uuid, id FROM upserted UNION ALL SELECT $4::uuid, id FROM existing
       ON CONFLICT DO NOTHING
       RETURNING 1
     )
     SELECT (SELECT count(*) FROM upserted WHERE inserted) AS imported,
            (SELECT count(*) FROM upserted WHERE NOT inserted) AS updated,
            (SELECT count(*) FROM added) AS added`,
    // One JSON text for the whole batch: V8's native JSON.stringify and
    // PostgreSQL's JSON parser are far cheaper than six parameter arrays
    // escaped element by element in JavaScript (and each contact's custom
    // fields go in as they are, not as a JSON string per row).
    [batch.orgId, JSON.stringify(contacts), batch.existing === "update", batch.listId],
  );
  const imported = Number(written.rows[0]!.imported);
  const updated = Number(written.rows[0]!.updated);
  const added = Number(written.rows[0]!.added);
  const keptAsIs = contacts.length - imported - updated;

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

  return {
    imported,
    updated,
    duplicates: batch.duplicatesInFile + keptAsIs,
    invalid: batch.rejected.length,
    added,
  };
}

/** The maintained counters and the checkpoint, in the same transaction as the rows they count. */
export async function recordBatchProgress(
  client: PoolClient,
  batch: ImportBatch,
  counts: BatchCounts & { added: number },
): Promise<void> {
  await client.query(
    `WITH progress AS (
       UPDATE contact_imports SET
         "rowsRead" = "rowsRead" + $3, imported = imported + $4, updated = updated + $5,
         duplicates = duplicates + $6, invalid = invalid + $7,
         "checkpointRow" = $8, "bytesRead" = $9
       WHERE id = $1::uuid AND "orgId" = $2::uuid
       RETURNING 1
     ),
     list AS (
       UPDATE contact_lists SET "memberCount" = "memberCount" + $11, "updatedAt" = now()
       WHERE id = $10::uuid AND "orgId" = $2::uuid AND $11 > 0
       RETURNING 1
     )
     UPDATE organizations SET "contactCount" = "contactCount" + $4 WHERE id = $2::uuid AND $4 > 0`,
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
      batch.listId,
      counts.added,
    ],
  );
}
