/** Excel opens CSV as UTF-8 only when the file starts with a byte order mark. */
const BOM = "\uFEFF";

/** "Spring leads" → "spring-leads.csv"; the full name goes in filename* for browsers that read it. */
function contentDisposition(name: string): string {
  const ascii = name
    .normalize("NFKD")
    .replace(/[^\w\s-]/g, "")
    .trim()
    .replace(/\s+/g, "-")
    .toLowerCase();
  const fallback = `${ascii || "contacts"}.csv`;
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encodeURIComponent(`${name}.csv`)}`;
}

/** A streamed text/csv download: chunks are encoded and sent as they are produced, never held whole. */
export function csvDownload(options: { fileName: string; chunks: AsyncIterable<string> }): Response {
  const encoder = new TextEncoder();
  const iterator = options.chunks[Symbol.asyncIterator]();
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(encoder.encode(BOM));
    },
    async pull(controller) {
      const { value, done } = await iterator.next();
      if (done) controller.close();
      else controller.enqueue(encoder.encode(value));
    },
    async cancel() {
      await iterator.return?.();
    },
  });
  return new Response(body, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": contentDisposition(options.fileName),
      "Cache-Control": "no-store",
    },
  });
}
