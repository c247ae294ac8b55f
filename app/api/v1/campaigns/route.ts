import { apiRoute } from "@/lib/api";
import { ZApiCreateCampaign, ZApiListCampaignsQuery } from "@/lib/api/schemas/campaigns.schema";
import { createCampaign, listCampaigns } from "@/lib/campaigns";

export const POST = apiRoute({ body: ZApiCreateCampaign, idempotent: true }, async ({ orgId, body }) => {
  return Response.json(await createCampaign({ ...body, orgId }), { status: 201 });
});

export const GET = apiRoute({ query: ZApiListCampaignsQuery }, async ({ orgId, query }) => {
  const page = await listCampaigns({ ...query, orgId });
  return Response.json({ data: page.campaigns, nextCursor: page.nextCursor });
});
