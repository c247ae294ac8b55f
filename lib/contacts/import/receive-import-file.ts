import { db, getPool } from "@/lib/db";
import { AppError, NotFoundError, ValidationError } from "@/lib/errors";
import { enqueueJob } from "@/lib/queue";
import { looksBinary } from "../csv/decode-csv";

const CHUNK_BYTES = 1024 * 1024;

export class FileTooLargeError extends AppError {
  constructor(maxBytes: number) {
    super(
      "file_too_large",
      `The file is larger than ${Math.round(maxBytes / 1024 / 1024)} MB. Split it into smaller files.`,
      413,
    );
  }
}

/**
 * Streams an upload into PostgreSQL in 1 MiB chunks (so any worker on any
 * machine can read it), then queues the import. Never holds the file in
 * memory. An empty, binary or oversized file is refused and leaves nothing
 * behind: the import is marked failed and its chunks deleted.
 */
export async function receiveImportFile(options: {
  orgId: string;
  importId: string;
  body: ReadableStream<Uint8Array>;
  maxBytes: number;
}): Promise<{ bytes: number }> {
  const { orgId, importId } = options;
  const record = await db.contactImport.findFirst({
    where: { id: importId, orgId },
    select: { status: true },
  });
  if (!record) throw new NotFoundError("That import");
  if (record.status !== "uploading") throw new ValidationError("This import already has its file.");

  const pool = getPool();
  let seq = 0;
  let bytes = 0;
  let buffered: Uint8Array[] = [];
  let bufferedBytes = 0;
  const flush = async () => {
    if (bufferedBytes === 0) return;
    const data = Buffer.concat(buffered, bufferedBytes);
    if (seq === 0 && looksBinary(data)) {
      throw new ValidationError(
        "This file is not a CSV: it contains binary data. Export the sheet as CSV and try again.",
        "file",
      );
    }
    await pool.query(`INSERT INTO contact_import_chunks ("importId", seq, data) VALUES ($1::uuid, $2, $3)`, [
      importId,
      seq++,
      data,
    ]);
    buffered = [];
    bufferedBytes = 0;
  };

  try {
    const reader = options.body.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      bytes += value.length;
      if (bytes > options.maxBytes) {
        await reader.cancel();
        throw new FileTooLargeError(options.maxBytes);
      }
      buffered.push(value);
      bufferedBytes += value.length;
      if (bufferedBytes >= CHUNK_BYTES) await flush();
    }
    await flush();
    if (bytes === 0) throw new ValidationError("The file is empty.", "file");
  } catch (error) {
    const reason =
      error instanceof AppError ? error.message : "The upload was interrupted. Please try again.";
    await db.$transaction([
      db.contactImportChunk.deleteMany({ where: { importId } }),
      db.contactImport.updateMany({
        where: { id: importId, orgId },
        data: { status: "failed", error: reason, finishedAt: new Date() },
      }),
    ]);
    throw error;
  }

  await db.contactImport.updateMany({
    where: { id: importId, orgId, status: "uploading" },
    data: { status: "pending", fileBytes: bytes },
  });
  await enqueueJob("import-contacts", { orgId, importId }, { jobId: `import-${importId}` });
  return { bytes };
}
