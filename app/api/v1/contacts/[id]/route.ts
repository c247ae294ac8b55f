import { apiRoute } from "@/lib/api";
import { presentContact } from "@/lib/api/present-contact";
import { ZApiContactParams } from "@/lib/api/schemas/contacts.schema";
import { getContact } from "@/lib/contacts";

export const GET = apiRoute({ params: ZApiContactParams }, async ({ orgId, params }) => {
  return Response.json(presentContact(await getContact({ orgId, contactId: params.id })));
});
