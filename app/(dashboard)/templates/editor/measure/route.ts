import { sessionRoute } from "@/lib/http";
import { measureListSegments, ZMeasureListSegments } from "@/lib/templates";
import { readJson } from "../read-json";

const ZMeasureRequest = ZMeasureListSegments.omit({ orgId: true });

/** Segments over the audience of the chosen lists; stops reading contacts when the editor cancels the request. */
export const POST = sessionRoute(async ({ request, session }) => {
  const input = await readJson(request, ZMeasureRequest);
  return Response.json(await measureListSegments({ ...input, orgId: session.orgId, signal: request.signal }));
});
