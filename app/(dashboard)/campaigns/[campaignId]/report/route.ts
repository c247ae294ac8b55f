import { toCampaignReportData } from "@/components/campaigns/analytics/campaign-report-data";
import { getCampaignReport } from "@/lib/campaigns";
import { sessionRoute } from "@/lib/http";

/** GET: the campaign's delivery report as JSON, for the detail page's live analytics. */
export const GET = sessionRoute<{ campaignId: string }>(async ({ session, params }) => {
  const report = await getCampaignReport({ orgId: session.orgId, campaignId: params.campaignId });
  return Response.json(toCampaignReportData(report), { headers: { "Cache-Control": "no-store" } });
});
