import type { CreateImportInput } from "@/lib/contacts";
import type { ImportFormErrors } from "./import-form-state";

/** The answer of the startImport server action (app/(dashboard)/contacts/import/actions.ts). */
export type StartImportResult =
  { ok: true; importId: string; listId: string } | { ok: false; field?: string; message: string };

export type StartImportAction = (input: CreateImportInput) => Promise<StartImportResult>;

/**
 * Puts a refusal from the server next to the control it is about. Fields are
 * paths in ZCreateImport ("list.newListName", "options.defaultCountry") or a
 * bare name from a domain error ("newListName").
 */
export function errorsFromServer(field: string | undefined, message: string): ImportFormErrors {
  const errors: ImportFormErrors = { columnFields: {}, columnNames: {} };
  const last = field?.split(".").at(-1);
  if (last === "newListName") errors.newListName = message;
  else if (last === "listId" || field === "list") errors.listId = message;
  else if (last === "defaultCountry") errors.defaultCountry = message;
  else if (field?.startsWith("options.mapping") || field === "mapping") errors.mapping = message;
  else errors.form = message;
  return errors;
}
