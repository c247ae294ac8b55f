import { formatMegabytes } from "./format-bytes";
import { decodeCsvSample, type CsvEncoding } from "./decode-csv-sample";
import { parseCsvPreview, type CsvDelimiter } from "./parse-csv-preview";

/** Only this much of the file is read in the browser; the rest goes to the server unread. */
export const SAMPLE_BYTES = 64 * 1024;

export type CsvPreview = {
  fileName: string;
  fileBytes: number;
  encoding: CsvEncoding;
  delimiter: CsvDelimiter;
  rows: string[][];
  columnCount: number;
};

export type CsvPreviewResult = { ok: true; preview: CsvPreview } | { ok: false; message: string };

/**
 * Checks a chosen file and reads its first rows for the column mapping,
 * without ever loading the whole file: only the first 64 KB are read.
 */
export async function readCsvPreview(
  file: Blob & { name: string },
  maxBytes: number,
): Promise<CsvPreviewResult> {
  if (file.size === 0) return { ok: false, message: "This file is empty." };
  if (file.size > maxBytes) {
    return {
      ok: false,
      message: `The file is larger than ${formatMegabytes(maxBytes)}. Split it into smaller files.`,
    };
  }
  const isWholeFile = file.size <= SAMPLE_BYTES;
  const bytes = new Uint8Array(await file.slice(0, SAMPLE_BYTES).arrayBuffer());
  const decoded = decodeCsvSample(bytes, isWholeFile);
  if (!decoded.ok) return decoded;
  const parsed = parseCsvPreview(decoded.text);
  if (!parsed) {
    return {
      ok: false,
      message: isWholeFile
        ? "This file has no rows. Check that you chose the right file."
        : "The first 64 KB of this file hold no complete row. Check that it is a CSV file.",
    };
  }
  return {
    ok: true,
    preview: { fileName: file.name, fileBytes: file.size, encoding: decoded.encoding, ...parsed },
  };
}
