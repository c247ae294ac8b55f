import { apiRoute } from "@/lib/api";
import { ZApiAddListContacts } from "@/lib/api/schemas/contacts.schema";
import { ZApiListParams } from "@/lib/api/schemas/lists.schema";
import { addContactsToList } from "@/lib/contacts";

export const POST = apiRoute(
  { params: ZApiListParams, body: ZApiAddListContacts, idempotent: true },
  async ({ orgId, params, body }) => {
    const change = await addContactsToList({ orgId, listId: params.id, contactIds: body.contactIds });
    return Response.json({ added: change.changed, memberCount: change.memberCount });
  },
);
