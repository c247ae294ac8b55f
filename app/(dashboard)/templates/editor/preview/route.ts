import { sessionRoute } from "@/lib/http";
import { previewTemplate, ZPreviewTemplate } from "@/lib/templates";
import { readJson } from "../read-json";

const ZPreviewRequest = ZPreviewTemplate.omit({ orgId: true });

/**
 * The editor's live preview (validation issues + the message for one
 * contact). A route handler, not a server action: actions run one at a time
 * per page, and the preview must not wait behind a slow audience measure.
 */
export const POST = sessionRoute(async ({ request, session }) => {
  const input = await readJson(request, ZPreviewRequest);
  return Response.json(await previewTemplate({ ...input, orgId: session.orgId }));
});
