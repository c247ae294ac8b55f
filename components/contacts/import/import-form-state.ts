import type { ColumnChoice } from "./column-choices";

/** A list the import can add its contacts to. */
export type ImportListOption = { id: string; name: string; memberCount: number };

/** A country for numbers written without a country code (lib/contacts/phone COUNTRY_OPTIONS). */
export type ImportCountryOption = { code: string; name: string; callingCode: string };

export type ListTarget = { mode: "existing" | "new"; listId: string; newListName: string };

/** Everything the user chooses after picking a file; kept whole when something goes wrong. */
export type ImportFormState = {
  hasHeader: boolean;
  choices: ColumnChoice[];
  target: ListTarget;
  defaultCountry: string;
  existing: "skip" | "update";
};

export type ImportFormErrors = {
  /** About the mapping as a whole: no phone column, no rows below the column names. */
  mapping?: string;
  /** Per column index: the field is already chosen for another column. */
  columnFields: Record<number, string>;
  /** Per column index: the custom field name is not usable. */
  columnNames: Record<number, string>;
  listId?: string;
  newListName?: string;
  defaultCountry?: string;
  /** Anything else the server refused. */
  form?: string;
};

export const NO_ERRORS: ImportFormErrors = { columnFields: {}, columnNames: {} };

export function hasErrors(errors: ImportFormErrors): boolean {
  return (
    Object.keys(errors.columnFields).length > 0 ||
    Object.keys(errors.columnNames).length > 0 ||
    Boolean(errors.mapping || errors.listId || errors.newListName || errors.defaultCountry || errors.form)
  );
}

/** A new list is named after the file ("Spring leads.csv" → "Spring leads"). */
export function listNameFromFile(fileName: string): string {
  return (
    fileName
      .replace(/\.[^.]*$/, "")
      .trim()
      .slice(0, 100) || "Imported contacts"
  );
}
