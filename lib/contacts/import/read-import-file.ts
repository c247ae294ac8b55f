import { getPool } from "@/lib/db";

/**
 * The uploaded file, chunk by chunk in upload order, one row at a time from
 * PostgreSQL so memory holds a single chunk (1 MiB) however large the file.
 */
export async function* readImportFile(importId: string, fromSeq = 0): AsyncGenerator<Uint8Array> {
  const pool = getPool();
  for (let seq = fromSeq; ; seq++) {
    const { rows } = await pool.query<{ data: Buffer }>(
      `SELECT data FROM contact_import_chunks WHERE "importId" = $1::uuid AND seq = $2`,
      [importId, seq],
    );
    if (rows.length === 0) return;
    yield rows[0]!.data;
  }
}
