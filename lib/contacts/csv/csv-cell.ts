/**
 * One CSV cell for files the app writes (exports, rejected rows). Cells that
 * a spreadsheet would run as a formula (=, +, -, @, tab, CR) get a leading
 * apostrophe (OWASP's advice), so "=HYPERLINK(...)" from an import comes back
 * out as text; a bare international phone number is left as it is. Quoting
 * follows RFC 4180.
 */
export function csvCell(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return "";
  let text = String(value);
  // An E.164 number ("+4915…") cannot run as a formula, and an apostrophe in
  // front of every exported phone number would make the file useless elsewhere.
  if (typeof value === "string" && /^[=+\-@\t\r]/.test(text) && !/^\+\d{1,15}$/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvLine(values: (string | number | boolean | null | undefined)[]): string {
  return values.map(csvCell).join(",") + "\r\n";
}
