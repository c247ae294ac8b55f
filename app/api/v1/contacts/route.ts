import { apiRoute } from "@/lib/api";
import { presentContact } from "@/lib/api/present-contact";
import { ZApiCreateContact, ZApiListContactsQuery } from "@/lib/api/schemas/contacts.schema";
import { createContact, listContacts } from "@/lib/contacts";

export const POST = apiRoute({ body: ZApiCreateContact, idempotent: true }, async ({ orgId, body }) => {
  const contact = await createContact({ ...body, orgId });
  return Response.json(presentContact(contact), { status: 201 });
});

export const GET = apiRoute({ query: ZApiListContactsQuery }, async ({ orgId, query }) => {
  const page = await listContacts({ ...query, orgId });
  return Response.json({ data: page.contacts, nextCursor: page.nextCursor });
});
