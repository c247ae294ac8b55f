import { db } from "@/lib/db";
import { decodeTimeIdCursor, encodeTimeIdCursor } from "@/lib/time-id-cursor";
import { ZListCampaigns, type ListCampaignsInput } from "./campaign-records.schema";
import { CAMPAIGN_COLUMNS, toCampaignSummary, type CampaignSummary } from "./campaign-summary";
import { parseOptions } from "./parse-options";

export interface CampaignPage {
  campaigns: CampaignSummary[];
  /** Pass back as `cursor` for the next page; null on the last page. */
  nextCursor: string | null;
}

/** The organization's campaigns, newest first, paged by keyset on (createdAt, id). */
export async function listCampaigns(options: ListCampaignsInput): Promise<CampaignPage> {
  const { orgId, cursor, limit } = parseOptions(ZListCampaigns, options);
  // A cursor that does not decode starts from the top.
  const after = cursor ? decodeTimeIdCursor(cursor) : null;
  const records = await db.campaign.findMany({
    where: {
      orgId,
      ...(after && {
        OR: [{ createdAt: { lt: after.at } }, { createdAt: after.at, id: { lt: after.id } }],
      }),
    },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: limit + 1,
    select: CAMPAIGN_COLUMNS,
  });
  const page = records.slice(0, limit);
  const last = page.at(-1);
  return {
    campaigns: page.map(toCampaignSummary),
    nextCursor:
      records.length > limit && last ? encodeTimeIdCursor({ at: last.createdAt, id: last.id }) : null,
  };
}
