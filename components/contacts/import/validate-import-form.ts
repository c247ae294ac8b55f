import {
  STANDARD_FIELDS,
  ZCustomFieldName,
  type CreateImportInput,
  type StandardField,
} from "@/lib/contacts/import-schema";
import { COLUMN_FIELD_LABELS } from "./column-choices";
import {
  hasErrors,
  type ImportFormErrors,
  type ImportFormState,
  type ImportListOption,
} from "./import-form-state";
import type { CsvPreview } from "./read-csv-preview";

type ImportMappingInput = CreateImportInput["options"]["mapping"];

export type ValidatedImport =
  { ok: true; input: CreateImportInput } | { ok: false; errors: ImportFormErrors };

function isStandardField(field: string): field is StandardField {
  return (STANDARD_FIELDS as readonly string[]).includes(field);
}

/**
 * Checks the form in the browser with the same rules the server applies
 * (ZCreateImport), so every problem is shown next to its control before
 * anything is created, and builds the createImport input.
 */
export function validateImportForm(
  form: ImportFormState,
  context: { preview: CsvPreview; labels: string[]; lists: ImportListOption[] },
): ValidatedImport {
  const errors: ImportFormErrors = { columnFields: {}, columnNames: {} };
  const standard: Partial<Record<StandardField, number>> = {};
  const custom: { column: number; name: string }[] = [];
  const customNames = new Map<string, number>();

  form.choices.forEach((choice, column) => {
    if (isStandardField(choice.field)) {
      const other = standard[choice.field];
      if (other !== undefined) {
        errors.columnFields[column] =
          `${COLUMN_FIELD_LABELS[choice.field]} is already chosen for “${context.labels[other]}”.`;
      } else standard[choice.field] = column;
      return;
    }
    if (choice.field !== "custom") return;
    const name = ZCustomFieldName.safeParse(choice.customName);
    if (!name.success) {
      errors.columnNames[column] = name.error.issues[0]?.message ?? "Choose another name.";
      return;
    }
    const key = name.data.toLowerCase();
    if (customNames.has(key)) {
      errors.columnNames[column] = `“${context.labels[customNames.get(key)!]}” already uses this name.`;
      return;
    }
    customNames.set(key, column);
    custom.push({ column, name: name.data });
  });

  if (standard.phone === undefined) errors.mapping = "Choose which column holds the phone numbers.";
  else if (form.hasHeader && context.preview.rows.length < 2) {
    errors.mapping =
      "There are no contacts below the column names. If the first row is a contact, untick “First row has column names”.";
  }

  const { target } = form;
  const newListName = target.newListName.trim();
  if (target.mode === "existing" && !context.lists.some((list) => list.id === target.listId)) {
    errors.listId = "Choose a list.";
  }
  if (target.mode === "new") {
    if (newListName === "") errors.newListName = "Name the new list.";
    else if (newListName.length > 100) errors.newListName = "Use at most 100 characters.";
    else if (context.lists.some((list) => list.name === newListName)) {
      errors.newListName = `A list named “${newListName}” already exists. Pick it under “Existing list”, or use another name.`;
    }
  }
  if (!/^[A-Z]{2}$/.test(form.defaultCountry)) errors.defaultCountry = "Choose a country.";

  if (hasErrors(errors) || standard.phone === undefined) return { ok: false, errors };
  const mapping: ImportMappingInput = { ...standard, phone: standard.phone, custom };
  return {
    ok: true,
    input: {
      fileName: context.preview.fileName.slice(0, 255),
      options: {
        mapping,
        hasHeader: form.hasHeader,
        delimiter: context.preview.delimiter,
        defaultCountry: form.defaultCountry,
        existing: form.existing,
      },
      list: target.mode === "existing" ? { listId: target.listId } : { newListName },
    },
  };
}
