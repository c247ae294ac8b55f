export { createImport } from "./create-import";
export { receiveImportFile, FileTooLargeError } from "./receive-import-file";
export { runImport, failImport, IMPORT_BATCH_ROWS } from "./run-import";
export { expireStaleUploads, STALE_UPLOAD_MINUTES } from "./expire-stale-uploads";
export { getImport, listImports, type ImportView } from "./get-import";
export { exportRejectedRows } from "./export-rejected-rows";
export {
  ZImportOptions,
  ZCreateImport,
  ZCustomFieldName,
  STANDARD_FIELDS,
  type ImportOptions,
  type ImportOptionsInput,
  type CreateImportInput,
  type StandardField,
} from "./import-options.schema";
