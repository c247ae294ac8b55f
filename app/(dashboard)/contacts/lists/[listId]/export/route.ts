import { requireSession } from "@/lib/auth/server";
import { exportContactListCsv, ZContactListId } from "@/lib/contacts";
import { NotFoundError } from "@/lib/errors";
import { csvDownload } from "./csv-download";

/** GET: the list's contacts as a CSV download, streamed page by page. */
export async function GET(_request: Request, context: { params: Promise<{ listId: string }> }) {
  const session = await requireSession();
  const listId = ZContactListId.safeParse((await context.params).listId);
  if (!listId.success) return new Response("List not found.", { status: 404 });
  try {
    const exported = await exportContactListCsv({ orgId: session.orgId, listId: listId.data });
    return csvDownload({ fileName: exported.listName, chunks: exported.chunks });
  } catch (error) {
    if (error instanceof NotFoundError) return new Response("List not found.", { status: 404 });
    throw error;
  }
}
