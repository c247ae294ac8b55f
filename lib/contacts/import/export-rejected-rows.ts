import { db, getPool } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { csvLine } from "../csv/csv-cell";

const PAGE = 5_000;

/**
 * The rejected rows of an import as CSV text (line, reason, original row),
 * streamed in keyset pages so a file with a million bad rows is no problem.
 */
export async function* exportRejectedRows(options: {
  orgId: string;
  importId: string;
}): AsyncGenerator<string> {
  const record = await db.contactImport.findFirst({
    where: { id: options.importId, orgId: options.orgId },
    select: { id: true },
  });
  if (!record) throw new NotFoundError("That import");
  yield "\uFEFF" + csvLine(["line", "reason", "original row"]);
  let after = 0n;
  for (;;) {
    const { rows } = await getPool().query<{
      id: string;
      lineNumber: number;
      reason: string;
      rawText: string;
    }>(
      `SELECT id, "lineNumber", reason, "rawText" FROM contact_import_errors
       WHERE "importId" = $1::uuid AND id > $2 ORDER BY id LIMIT $3`,
      [record.id, after.toString(), PAGE],
    );
    if (rows.length === 0) return;
    yield rows.map((row) => csvLine([row.lineNumber, row.reason, row.rawText])).join("");
    after = BigInt(rows.at(-1)!.id);
  }
}
