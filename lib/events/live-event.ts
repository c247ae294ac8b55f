import { z } from "zod";

/** Progress of a contact import (lib/contacts/import). */
export const ZImportProgressEvent = z.object({
  type: z.literal("import.progress"),
  importId: z.string(),
  status: z.enum(["uploading", "pending", "running", "completed", "failed"]),
  rowsRead: z.number(),
  imported: z.number(),
  updated: z.number(),
  duplicates: z.number(),
  invalid: z.number(),
  bytesRead: z.number(),
  fileBytes: z.number(),
  error: z.string().nullable(),
});

export const ZLiveEvent = z.discriminatedUnion("type", [ZImportProgressEvent]);

export type LiveEvent = z.infer<typeof ZLiveEvent>;
export type ImportProgressEvent = z.infer<typeof ZImportProgressEvent>;

/** Topic a browser subscribes to, e.g. "import:<id>". */
export function topicOf(event: LiveEvent): string {
  switch (event.type) {
    case "import.progress":
      return `import:${event.importId}`;
  }
}
