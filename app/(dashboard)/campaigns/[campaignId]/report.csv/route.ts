import { requireSession } from "@/lib/auth/server";
import { exportCampaignReportCsv } from "@/lib/campaigns";
import { NotFoundError } from "@/lib/errors";
import { csvDownload } from "../../../contacts/lists/[listId]/export/csv-download";

/** GET: every recipient of the campaign with the outcome of its message, as a streamed CSV download. */
export async function GET(_request: Request, context: { params: Promise<{ campaignId: string }> }) {
  const session = await requireSession();
  const { campaignId } = await context.params;
  try {
    const exported = await exportCampaignReportCsv({ orgId: session.orgId, campaignId });
    return csvDownload({ fileName: `${exported.campaignName} report`, chunks: exported.chunks });
  } catch (error) {
    if (error instanceof NotFoundError) return new Response("Campaign not found.", { status: 404 });
    throw error;
  }
}
