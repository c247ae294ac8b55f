import { z } from "zod";
import { ZContactListId, ZOrgId } from "./contact-ids.schema";

export const ZExportContactListCsv = z.object({
  orgId: ZOrgId,
  listId: ZContactListId,
  /** Contacts read per query; each page becomes one chunk of CSV text. */
  pageSize: z.number().int().min(1).max(20_000).default(5000),
});
export type ExportContactListCsvInput = z.input<typeof ZExportContactListCsv>;
