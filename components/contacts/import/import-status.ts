import type { ImportProgressEvent } from "@/lib/events";

export type ImportStatus = ImportProgressEvent["status"];

/** The import's state in one word, for badges (the progress page's status line says more). */
export const IMPORT_STATUS_LABELS: Record<ImportStatus, string> = {
  uploading: "Uploading",
  pending: "Queued",
  running: "Importing",
  completed: "Completed",
  failed: "Failed",
};

export const IMPORT_STATUS_TONES: Record<ImportStatus, "neutral" | "accent" | "success" | "danger"> = {
  uploading: "neutral",
  pending: "neutral",
  running: "accent",
  completed: "success",
  failed: "danger",
};

export function isImportFinished(status: ImportStatus): boolean {
  return status === "completed" || status === "failed";
}

/** The one-line status on the progress page. */
export function importStatusText(progress: Pick<ImportProgressEvent, "status" | "error">): string {
  switch (progress.status) {
    case "uploading":
      return "Waiting for the file to finish uploading…";
    case "pending":
      return "Waiting for a worker…";
    case "running":
      return "Importing…";
    case "completed":
      return "Done";
    case "failed":
      return `Failed: ${progress.error ?? "the import stopped."}`;
  }
}

/** 0–100 from the bytes parsed so far; the row total is unknown until the end. */
export function importPercent(
  progress: Pick<ImportProgressEvent, "status" | "bytesRead" | "fileBytes">,
): number {
  if (progress.status === "completed") return 100;
  if (progress.fileBytes <= 0) return 0;
  return Math.min(100, (progress.bytesRead / progress.fileBytes) * 100);
}
