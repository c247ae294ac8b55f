import { apiRoute } from "@/lib/api";
import { ZApiCreateList } from "@/lib/api/schemas/lists.schema";
import { createContactList, listContactLists } from "@/lib/contacts";

export const POST = apiRoute({ body: ZApiCreateList, idempotent: true }, async ({ orgId, body }) => {
  return Response.json(await createContactList({ ...body, orgId }), { status: 201 });
});

/** Organizations keep tens of lists, so they come in one page (nextCursor is always null). */
export const GET = apiRoute({}, async ({ orgId }) => {
  return Response.json({ data: await listContactLists({ orgId }), nextCursor: null });
});
