import type { StandardField } from "@/lib/contacts";

/** What a CSV column becomes: a built-in contact field, a custom field, or nothing. */
export type ColumnField = StandardField | "custom" | "skip";

export type ColumnChoice = { field: ColumnField; customName: string };

export const COLUMN_FIELD_LABELS: Record<ColumnField, string> = {
  phone: "Phone",
  firstName: "First name",
  lastName: "Last name",
  email: "Email",
  timeZone: "Time zone",
  custom: "Custom field",
  skip: "Don't import",
};

/** Header words, in English and German, that name each built-in field; checked in this order. */
const GUESSES: [StandardField, RegExp][] = [
  ["phone", /phone|mobile|msisdn|\btel|number|handy|telefon/],
  ["firstName", /first ?name|vorname|given/],
  ["lastName", /last|surname|nachname|family/],
  ["email", /\be ?mail/],
  ["timeZone", /\btz\b|time ?zone|zeitzone/],
];

function words(label: string): string {
  // "first_name", "First-Name" and "firstName" all read as "first name".
  return label
    .replace(/([a-z])([A-Z])/g, "$1 $2")
    .toLowerCase()
    .replace(/[_.\-]+/g, " ")
    .trim();
}

/** A header as a merge-tag-safe name ("Customer no." → "customer_no"), valid for ZCustomFieldName. */
export function toCustomFieldName(label: string, index: number): string {
  const name = label
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/ß/g, "ss")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "_")
    .replace(/^_+|_+$/g, "")
    .slice(0, 40)
    .replace(/_+$/, "");
  if (name === "") return `column_${index + 1}`;
  return /^[a-z]/.test(name) ? name : `field_${name}`.slice(0, 40);
}

/** Column headings for the preview: the first row's cells, or "Column 1…" when it holds data. */
export function columnLabels(firstRow: string[], columnCount: number, hasHeader: boolean): string[] {
  return Array.from({ length: columnCount }, (_, index) => {
    const header = hasHeader ? firstRow[index]?.trim() : "";
    return header || `Column ${index + 1}`;
  });
}

/**
 * First guess at the mapping from the column names. Each built-in field goes
 * to the first column that names it; everything else is kept as a custom
 * field, so no data is dropped unless the user says so.
 */
export function guessColumnChoices(labels: string[]): ColumnChoice[] {
  const taken = new Set<StandardField>();
  const usedNames = new Set<string>();
  return labels.map((label, index) => {
    const text = words(label);
    const guess = GUESSES.find(([field, pattern]) => !taken.has(field) && pattern.test(text))?.[0];
    let customName = toCustomFieldName(label, index);
    // Two headers that read the same ("Plan", "plan") still get distinct names.
    for (let n = 2; usedNames.has(customName); n++)
      customName = `${toCustomFieldName(label, index).slice(0, 36)}_${n}`;
    usedNames.add(customName);
    if (guess) {
      taken.add(guess);
      return { field: guess, customName };
    }
    return { field: "custom", customName };
  });
}
