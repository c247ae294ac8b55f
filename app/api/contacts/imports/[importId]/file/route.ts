import { z } from "zod";
import { receiveImportFile } from "@/lib/contacts";
import { config } from "@/lib/config";
import { ValidationError } from "@/lib/errors";
import { sessionRoute } from "@/lib/http";

/** The CSV itself, streamed as the request body (never buffered whole). */
export const POST = sessionRoute<{ importId: string }>(async ({ request, session, params }) => {
  const importId = z.uuid().safeParse(params.importId);
  if (!importId.success) throw new ValidationError("That import does not exist.");
  if (!request.body) throw new ValidationError("The file is empty.", "file");
  const result = await receiveImportFile({
    orgId: session.orgId,
    importId: importId.data,
    body: request.body,
    maxBytes: config.IMPORT_MAX_BYTES,
  });
  return Response.json({ importId: importId.data, bytes: result.bytes }, { status: 202 });
});
