import type { CountryCode } from "libphonenumber-js";
import { db, withTransaction } from "@/lib/db";
import { ValidationError } from "@/lib/errors";
import { publishEvent } from "@/lib/events";
import type { Logger } from "@/lib/logger";
import { decodeCsv } from "../csv/decode-csv";
import { readCsvRows, type CsvRow } from "../csv/read-csv-rows";
import { normalizePhone } from "../phone";
import { ZImportOptions } from "./import-options.schema";
import { toImportProgress } from "./import-progress";
import { NumberSet } from "./number-set";
import { mapImportRow, type ContactCandidate } from "./map-import-row";
import { readImportFile } from "./read-import-file";
import { refreshContactStatistics } from "./refresh-contact-statistics";
import {
  recordBatchProgress,
  writeImportRows,
  type ImportBatch,
  type RejectedRow,
} from "./write-import-batch";

/** Rows per transaction: big enough for set-based speed, small enough for a lively progress bar. */
export const IMPORT_BATCH_ROWS = 5_000;
/** Batches written at once, on separate connections (the database's work is most of an import). */
const CONCURRENT_WRITES = 2;

/**
 * Runs an uploaded import to the end. Safe to run again after a crash: each
 * batch commits together with the import's checkpoint, and a rerun skips the
 * rows before it (re-reading them only to remember their numbers, so
 * duplicates across the checkpoint are still recognised).
 *
 * Problems with the file as a whole (not a CSV, no phone column) fail the
 * import with a ValidationError before anything is written.
 */
export async function runImport(options: { orgId: string; importId: string; logger: Logger }): Promise<void> {
  const { orgId, importId } = options;
  const record = await db.contactImport.findFirst({ where: { id: importId, orgId } });
  if (!record || record.status === "completed" || record.status === "failed") return;
  if (record.status === "uploading") throw new ValidationError("The file has not finished uploading.");
  if (!record.listId) throw new ValidationError("The import's list was deleted.");
  const importOptions = ZImportOptions.parse(record.options);
  const listId = record.listId;

  await db.$transaction([
    db.contactImport.update({
      where: { id: importId },
      data: { status: "running", startedAt: record.startedAt ?? new Date() },
    }),
    // Register the custom fields so template editors can offer them as merge tags.
    db.contactField.createMany({
      data: importOptions.mapping.custom.map((custom) => ({ orgId, name: custom.name })),
      skipDuplicates: true,
    }),
  ]);
  const publish = async () => {
    const current = await db.contactImport.findFirstOrThrow({ where: { id: importId, orgId } });
    await publishEvent(orgId, toImportProgress(current));
  };
  await publish();

  const country = importOptions.defaultCountry as CountryCode;
  // Numbers seen so far in this file, as numbers (E.164 has at most 15 digits,
  // exact in a double): a Set of strings would keep every parsed chunk alive
  // through the substrings it holds, and a million of them is the whole file.
  // NumberSet keeps them in one typed array, off the garbage-collected heap.
  const seen = new NumberSet();
  const keyOf = (e164: string) => Number(e164.slice(1));
  let columnCount: number | undefined;
  let dataRow = 0;
  let bytesRead = 0;
  const checkpoint = record.checkpointRow;
  // The database writes batches on two connections while this process parses
  // the next one. Each batch inserts different numbers (duplicates were removed
  // above), so they do not wait on each other's rows; but they commit strictly
  // in file order, so the checkpoint never passes a batch that is not stored.
  const writing = new Set<Promise<void>>();
  let lastCommit: Promise<void> = Promise.resolve();
  let writeFailure: unknown;
  const write = (batch: ImportBatch) => {
    const previous = lastCommit;
    const commit = withTransaction(async (client) => {
      // Losing the last batches in a server crash is harmless: the checkpoint
      // is lost with them and the rerun writes them again.
      await client.query("SET LOCAL synchronous_commit = off");
      const counts = await writeImportRows(client, batch);
      await previous;
      await recordBatchProgress(client, batch, counts);
    }).then(publish);
    lastCommit = commit;
    const tracked: Promise<void> = commit
      .catch((error: unknown) => {
        writeFailure ??= error;
      })
      .finally(() => writing.delete(tracked));
    writing.add(tracked);
  };

  try {
    for await (const rows of readCsvRows(decodeCsv(countBytes(readImportFile(importId))), {
      delimiter: importOptions.delimiter,
      batchSize: IMPORT_BATCH_ROWS,
    })) {
      let dataRows: CsvRow[] = rows;
      if (columnCount === undefined) {
        columnCount = rows[0]!.fields.length;
        if (importOptions.hasHeader) dataRows = rows.slice(1);
        if (importOptions.mapping.phone >= columnCount) {
          throw new ValidationError(
            `The phone column (column ${importOptions.mapping.phone + 1}) is not in the file, which has ${columnCount} columns.`,
            "mapping",
          );
        }
      }
      const contacts: ContactCandidate[] = [];
      const rejected: RejectedRow[] = [];
      let duplicatesInFile = 0;
      let rowsInBatch = 0;
      for (const row of dataRows) {
        dataRow++;
        if (dataRow <= checkpoint) {
          // Already committed by an earlier run: only remember the number.
          const phone = normalizePhone(row.fields[importOptions.mapping.phone] ?? "", country);
          if (phone.ok) seen.add(keyOf(phone.e164));
          continue;
        }
        rowsInBatch++;
        const outcome = mapImportRow(row, {
          mapping: importOptions.mapping,
          columnCount,
          defaultCountry: country,
        });
        if (!outcome.ok) rejected.push({ line: row.line, raw: row.raw, reason: outcome.reason });
        else if (seen.has(keyOf(outcome.contact.phone))) duplicatesInFile++;
        else {
          seen.add(keyOf(outcome.contact.phone));
          contacts.push(outcome.contact);
        }
      }
      if (rowsInBatch === 0) continue;
      while (writing.size >= CONCURRENT_WRITES) await Promise.race(writing);
      if (writeFailure) throw writeFailure;
      write({
        orgId,
        importId,
        listId,
        existing: importOptions.existing,
        contacts,
        duplicatesInFile,
        rejected,
        rows: rowsInBatch,
        checkpointRow: dataRow,
        bytesRead,
      });
    }
  } finally {
    // Never leave writes running behind a failure: the caller may retry at once.
    await Promise.all(writing);
  }
  if (writeFailure) throw writeFailure;

  if (columnCount === undefined) throw new ValidationError("The file is empty: there are no rows to import.");
  if (dataRow === 0) throw new ValidationError("The file has a header row but no contacts below it.");
  const written = await db.contactImport.findFirstOrThrow({
    where: { id: importId, orgId },
    select: { imported: true, updated: true },
  });
  // Before "completed": the contacts page the user opens next must have its fast plans.
  await refreshContactStatistics(written.imported + written.updated);
  await db.$transaction([
    db.contactImport.update({
      where: { id: importId },
      data: { status: "completed", finishedAt: new Date(), bytesRead: record.fileBytes },
    }),
    // The file is not needed any more; rejected rows are kept separately.
    db.contactImportChunk.deleteMany({ where: { importId } }),
  ]);
  await publish();
  options.logger.info({ importId, rows: dataRow }, "import completed");

  async function* countBytes(chunks: AsyncIterable<Uint8Array>): AsyncGenerator<Uint8Array> {
    for await (const chunk of chunks) {
      bytesRead += chunk.length;
      yield chunk;
    }
  }
}

/** Marks an import failed with a reason the user can act on, and tells the browser. */
export async function failImport(options: {
  orgId: string;
  importId: string;
  reason: string;
}): Promise<void> {
  const { orgId, importId } = options;
  const updated = await db.contactImport.updateMany({
    where: { id: importId, orgId, status: { not: "completed" } },
    data: { status: "failed", error: options.reason, finishedAt: new Date() },
  });
  if (updated.count === 0) return;
  await db.contactImportChunk.deleteMany({ where: { importId } });
  const current = await db.contactImport.findFirstOrThrow({ where: { id: importId, orgId } });
  await publishEvent(orgId, toImportProgress(current));
}
