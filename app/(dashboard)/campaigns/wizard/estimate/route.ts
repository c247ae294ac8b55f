import { z } from "zod";
import { estimateCampaign } from "@/lib/campaigns";
import { sessionRoute } from "@/lib/http";
import { readJson } from "../../../templates/editor/read-json";

// The shape only; estimateCampaign checks the values and names the field of any problem.
const ZEstimateRequest = z.object({
  listIds: z.array(z.string()),
  body: z.string(),
  connectorId: z.string().nullable(),
});

/**
 * The wizard's audience and review figures. A route handler, not a server
 * action: actions run one at a time per page, and saving must not wait
 * behind a slow estimate. Stops rendering when the wizard cancels the request.
 */
export const POST = sessionRoute(async ({ request, session }) => {
  const input = await readJson(request, ZEstimateRequest);
  return Response.json(await estimateCampaign({ ...input, orgId: session.orgId, signal: request.signal }));
});
