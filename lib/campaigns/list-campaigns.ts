import { db } from "@/lib/db";
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
  const after = cursor ? decodeCursor(cursor) : null;
  const records = await db.campaign.findMany({
    where: {
      orgId,
      ...(after && {
        OR: [{ createdAt: { lt: after.createdAt } }, { createdAt: after.createdAt, id: { lt: after.id } }],
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
    nextCursor: records.length > limit && last ? encodeCursor(last) : null,
  };
}

function encodeCursor(record: { createdAt: Date; id: string }): string {
  return Buffer.from(`${record.createdAt.toISOString()}|${record.id}`).toString("base64url");
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A cursor that does not decode starts from the top. */
function decodeCursor(cursor: string): { createdAt: Date; id: string } | null {
  const [time, id] = Buffer.from(cursor, "base64url").toString("utf8").split("|");
  const createdAt = new Date(time ?? "");
  if (Number.isNaN(createdAt.getTime()) || !id || !UUID.test(id)) return null;
  return { createdAt, id };
}
