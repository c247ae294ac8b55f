export { createImport } from "./create-import";
export { receiveImportFile, FileTooLargeError } from "./receive-import-file";
export { runImport, failImport, IMPORT_BATCH_ROWS } from "./run-import";
export { ANALYZE_AFTER_ROWS } from "./refresh-contact-statistics";
export { expireStaleUploads, STALE_UPLOAD_MINUTES } from "./expire-stale-uploads";
export { getImport, listImports, type ImportView } from "./get-import";
export { exportRejectedRows } from "./export-rejected-rows";
// The input rules, shared with the browser through lib/contacts/import-schema.ts.
export * from "../import-schema";
