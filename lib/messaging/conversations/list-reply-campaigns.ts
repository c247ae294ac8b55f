import { db } from "@/lib/db";
import { parseOptions } from "@/lib/parse-options";
import { ZListReplyCampaigns, type ListReplyCampaignsInput } from "./conversation-records.schema";

export interface ReplyCampaign {
  id: string;
  name: string;
}

/**
 * The campaigns that got replies (their maintained repliedCount), newest
 * first: the choices of the inbox's campaign filter.
 */
export async function listReplyCampaigns(options: ListReplyCampaignsInput): Promise<ReplyCampaign[]> {
  const { orgId, limit } = parseOptions(ZListReplyCampaigns, options);
  return db.campaign.findMany({
    where: { orgId, repliedCount: { gt: 0 } },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: limit,
    select: { id: true, name: true },
  });
}
