// The import's input rules without any database code, for the browser (the
// import wizard validates the same way the server does).
export {
  ZImportOptions,
  ZCreateImport,
  ZCustomFieldName,
  STANDARD_FIELDS,
  type ImportOptions,
  type ImportOptionsInput,
  type CreateImportInput,
  type StandardField,
} from "./import/import-options.schema";
