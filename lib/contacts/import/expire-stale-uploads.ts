import { getPool } from "@/lib/db";

/** An upload that has not finished in this long was abandoned (tab closed, network gone). */
export const STALE_UPLOAD_MINUTES = 60;

/**
 * Marks imports whose file never finished arriving as failed and frees their
 * chunks; returns how many it expired. Housekeeping across all organizations
 * by design (a scheduled worker job, not on anyone's behalf), in one
 * set-based statement.
 */
export async function expireStaleUploads(options: { olderThanMinutes?: number } = {}): Promise<number> {
  const { rows } = await getPool().query<{ expired: string }>(
    `WITH expired AS (
       UPDATE contact_imports
       SET status = 'failed', "finishedAt" = now(),
           error = 'The upload did not finish. Choose the file again to import it.'
       WHERE status = 'uploading' AND "createdAt" < now() - make_interval(mins => $1)
       RETURNING id
     ),
     freed AS (
       DELETE FROM contact_import_chunks c USING expired e WHERE c."importId" = e.id RETURNING 1
     )
     SELECT (SELECT count(*) FROM expired) AS expired`,
    [options.olderThanMinutes ?? STALE_UPLOAD_MINUTES],
  );
  return Number(rows[0]?.expired ?? 0);
}
