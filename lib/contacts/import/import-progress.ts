import type { ImportProgressEvent } from "@/lib/events";

type ImportRecord = {
  id: string;
  status: ImportProgressEvent["status"];
  rowsRead: number;
  imported: number;
  updated: number;
  duplicates: number;
  invalid: number;
  bytesRead: bigint | number;
  fileBytes: bigint | number;
  error: string | null;
};

/** The live event (and the page's initial state) for an import record. */
export function toImportProgress(record: ImportRecord): ImportProgressEvent {
  return {
    type: "import.progress",
    importId: record.id,
    status: record.status,
    rowsRead: record.rowsRead,
    imported: record.imported,
    updated: record.updated,
    duplicates: record.duplicates,
    invalid: record.invalid,
    bytesRead: Number(record.bytesRead),
    fileBytes: Number(record.fileBytes),
    error: record.error,
  };
}
