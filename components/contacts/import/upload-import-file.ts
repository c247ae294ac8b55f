export type UploadResult = { ok: true } | { ok: false; message: string };

type ErrorBody = { error?: { message?: unknown } };

function messageFrom(xhr: XMLHttpRequest): string {
  try {
    const body = JSON.parse(xhr.responseText) as ErrorBody;
    if (typeof body.error?.message === "string") return body.error.message;
  } catch {
    // Not our JSON (a proxy's error page): fall through to a message by status.
  }
  if (xhr.status === 401) return "Your session has ended. Sign in again, then start the import again.";
  if (xhr.status === 413) return "The file is larger than the server accepts. Split it into smaller files.";
  return `The upload failed (HTTP ${xhr.status}). Please try again.`;
}

/**
 * Sends the file as the raw request body. XMLHttpRequest rather than fetch
 * because it reports upload progress, and `send(file)` streams from disk, so
 * even a file of hundreds of MB is never read into memory.
 */
export function uploadImportFile(options: {
  importId: string;
  file: Blob;
  onProgress: (sentBytes: number, totalBytes: number) => void;
  signal?: AbortSignal;
}): Promise<UploadResult> {
  return new Promise((resolve) => {
    const xhr = new XMLHttpRequest();
    xhr.open("POST", `/api/contacts/imports/${encodeURIComponent(options.importId)}/file`);
    xhr.setRequestHeader("Content-Type", "text/csv");
    xhr.upload.onprogress = (event) => {
      options.onProgress(event.loaded, event.lengthComputable ? event.total : options.file.size);
    };
    xhr.onload = () => resolve(xhr.status === 202 ? { ok: true } : { ok: false, message: messageFrom(xhr) });
    xhr.onerror = () =>
      resolve({ ok: false, message: "The upload was interrupted. Check your connection and try again." });
    xhr.onabort = () => resolve({ ok: false, message: "The upload was cancelled." });
    options.signal?.addEventListener("abort", () => xhr.abort(), { once: true });
    xhr.send(options.file);
  });
}
