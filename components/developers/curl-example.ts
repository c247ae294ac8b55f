/**
 * A copy-paste curl command for one operation: the key as a shell variable,
 * the example body as JSON in single quotes, and an Idempotency-Key for
 * POSTs that take one.
 */
export function curlExample(options: {
  baseUrl: string;
  method: string;
  path: string;
  body?: unknown;
  idempotent?: boolean;
  query?: string;
}): string {
  const path = options.path.replace(/\{(\w+)\}/g, (_match, name: string) => `<${name}>`);
  const url = `${options.baseUrl.replace(/\/$/, "")}${path}${options.query ? `?${options.query}` : ""}`;
  const lines = [`curl${options.method === "GET" ? "" : ` -X ${options.method}`} '${url}'`];
  lines.push(`-H "Authorization: Bearer $RELAY_API_KEY"`);
  if (options.idempotent) lines.push(`-H "Idempotency-Key: $(uuidgen)"`);
  if (options.body !== undefined) {
    lines.push(`-H 'Content-Type: application/json'`);
    // JSON never needs a single quote escaped except inside strings; close, escape, reopen.
    lines.push(`-d '${JSON.stringify(options.body, null, 2).replace(/'/g, `'\\''`)}'`);
  }
  return lines.join(" \\\n  ");
}
