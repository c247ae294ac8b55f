import { csvLine } from "./csv/csv-cell";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { ZExportContactListCsv, type ExportContactListCsvInput } from "./export-contact-list-csv.schema";
import { parseInput } from "./parse-input";

export type ContactListCsvExport = {
  listName: string;
  /** CSV text (RFC 4180, CRLF lines, formula-safe cells), header first, one chunk per page of contacts. */
  chunks: AsyncIterable<string>;
};

type ExportedContact = {
  contactId: bigint;
  phone: string;
  firstName: string | null;
  lastName: string | null;
  email: string | null;
  timeZone: string | null;
  optedOut: boolean;
  fields: Record<string, unknown>;
};

export const STANDARD_EXPORT_COLUMNS = [
  "phone",
  "firstName",
  "lastName",
  "email",
  "timeZone",
  "optedOut",
] as const;

/**
 * A list's contacts as CSV: the standard columns, then one column per custom
 * field any member has. Checks the list first (NotFoundError before anything
 * is streamed), then reads the members by keyset in pages, so memory stays
 * flat for a million contacts.
 */
export async function exportContactListCsv(input: ExportContactListCsvInput): Promise<ContactListCsvExport> {
  const { orgId, listId, pageSize } = parseInput(ZExportContactListCsv, input);
  const list = await db.contactList.findFirst({ where: { id: listId, orgId }, select: { name: true } });
  if (!list) throw new NotFoundError("List");
  return { listName: list.name, chunks: readCsvChunks({ orgId, listId, pageSize }) };
}

async function* readCsvChunks(options: { orgId: string; listId: string; pageSize: number }) {
  const { orgId, listId, pageSize } = options;
  // A first pass for the header: the custom fields used by this list's members.
  const keys = await db.$queryRaw<{ key: string }[]>`
    SELECT DISTINCT jsonb_object_keys(c.fields) AS key
    FROM contact_list_members m JOIN contacts c ON c.id = m."contactId"
    WHERE m."listId" = ${listId}::uuid AND c."orgId" = ${orgId}::uuid
    ORDER BY key`;
  const customKeys = keys.map((row) => row.key);
  yield csvLine([...STANDARD_EXPORT_COLUMNS, ...customKeys]);

  let after = 0n;
  for (;;) {
    const page = await db.$queryRaw<ExportedContact[]>`
      SELECT m."contactId", c.phone, c."firstName", c."lastName", c.email, c."timeZone", c."optedOut", c.fields
      FROM contact_list_members m JOIN contacts c ON c.id = m."contactId"
      WHERE m."listId" = ${listId}::uuid AND c."orgId" = ${orgId}::uuid
        -- On both sides of the join: PostgreSQL does not carry a range across it, and a merge
        -- join would otherwise read every contact before the page.
        AND m."contactId" > ${after} AND c.id > ${after}
      ORDER BY m."contactId"
      LIMIT ${pageSize}`;
    if (page.length === 0) return;
    yield page.map((contact) => csvLine(rowOf(contact, customKeys))).join("");
    after = page.at(-1)!.contactId;
    if (page.length < pageSize) return;
  }
}

function rowOf(contact: ExportedContact, customKeys: string[]) {
  const standard = [
    contact.phone,
    contact.firstName,
    contact.lastName,
    contact.email,
    contact.timeZone,
    contact.optedOut,
  ];
  return [...standard, ...customKeys.map((key) => cellOf(contact.fields[key]))];
}

/** Custom values are usually text; anything else is written as its JSON. */
function cellOf(value: unknown): string | number | boolean | null {
  if (value === undefined || value === null) return null;
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return value;
  return JSON.stringify(value);
}
