import type { CountryCode } from "libphonenumber-js";
import type { CsvRow } from "../csv/read-csv-rows";
import { normalizePhone } from "../phone";
import type { ImportMapping } from "./import-options.schema";

export type ContactCandidate = {
  phone: string;
  firstName: string | null;
  lastName: string | null;
  email: string | null;
  timeZone: string | null;
  /** Only non-empty custom values: an empty cell never erases what a contact has. */
  fields: Record<string, string>;
};

export type RowOutcome = { ok: true; contact: ContactCandidate } | { ok: false; reason: string };

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const timeZoneValidity = new Map<string, boolean>();

function isTimeZone(zone: string): boolean {
  let valid = timeZoneValidity.get(zone);
  if (valid === undefined) {
    try {
      new Intl.DateTimeFormat("en", { timeZone: zone });
      valid = true;
    } catch {
      valid = false;
    }
    timeZoneValidity.set(zone, valid);
  }
  return valid;
}

function cell(fields: string[], column: number | undefined): string | null {
  if (column === undefined) return null;
  const value = fields[column]?.trim();
  return value ? value : null;
}

/**
 * One CSV row to a contact, or the precise reason it cannot be one. Values
 * are kept as typed (trimmed): a cell starting with "=" is text here and is
 * escaped only when exported (lib/contacts/csv/csv-cell.ts).
 */
export function mapImportRow(
  row: CsvRow,
  context: { mapping: ImportMapping; columnCount: number; defaultCountry: CountryCode },
): RowOutcome {
  if (row.problem) return { ok: false, reason: `Malformed quotes: ${row.problem}` };
  if (row.fields.length !== context.columnCount) {
    return {
      ok: false,
      reason: `Wrong number of columns: expected ${context.columnCount}, found ${row.fields.length}`,
    };
  }
  const { mapping } = context;
  const phoneText = cell(row.fields, mapping.phone);
  if (!phoneText) return { ok: false, reason: "Missing phone number" };
  const phone = normalizePhone(phoneText, context.defaultCountry);
  if (!phone.ok) return { ok: false, reason: phone.reason };

  const email = cell(row.fields, mapping.email);
  if (email && !EMAIL.test(email)) return { ok: false, reason: `Not a valid email address ("${email}")` };
  const timeZone = cell(row.fields, mapping.timeZone);
  if (timeZone && !isTimeZone(timeZone)) {
    return { ok: false, reason: `Unknown time zone ("${timeZone}"); use a name like Europe/Berlin` };
  }
  const fields: Record<string, string> = {};
  for (const custom of mapping.custom) {
    const value = cell(row.fields, custom.column);
    if (value !== null) fields[custom.name] = value;
  }
  return {
    ok: true,
    contact: {
      phone: phone.e164,
      firstName: cell(row.fields, mapping.firstName),
      lastName: cell(row.fields, mapping.lastName),
      email,
      timeZone,
      fields,
    },
  };
}
