import { z } from "zod";
import { exportRejectedRows, getImport } from "@/lib/contacts";
import { NotFoundError } from "@/lib/errors";
import { sessionRoute, textStream } from "@/lib/http";

/** Download of an import's rejected rows as CSV (formula-safe). */
export const GET = sessionRoute<{ importId: string }>(async ({ session, params }) => {
  const importId = z.uuid().safeParse(params.importId);
  if (!importId.success) throw new NotFoundError("That import");
  const record = await getImport({ orgId: session.orgId, importId: importId.data });
  const base = record.fileName.replace(/\.[^.]*$/, "").replace(/[^\w.-]+/g, "_") || "import";
  return new Response(textStream(exportRejectedRows({ orgId: session.orgId, importId: importId.data })), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${base}-rejected-rows.csv"`,
      "Cache-Control": "no-store",
    },
  });
});
