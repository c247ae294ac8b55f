import { sessionRoute } from "@/lib/http";
import { findPreviewContacts } from "@/lib/templates";

/** "Preview as" search: `?q=` a name's start or phone digits; at most ten contacts of the organization. */
export const GET = sessionRoute(async ({ request, session }) => {
  const query = new URL(request.url).searchParams.get("q") ?? "";
  return Response.json(await findPreviewContacts({ orgId: session.orgId, query }));
});
