import { db } from "@/lib/db";
import { ConflictError, NotFoundError } from "@/lib/errors";
import { ZUpdateCampaign, type UpdateCampaignInput } from "./campaign-records.schema";
import { CAMPAIGN_COLUMNS, toCampaignSummary, type CampaignSummary } from "./campaign-summary";
import { EDITABLE_STATUSES } from "./campaign-status";
import { campaignIdOrNotFound, parseOptions } from "./parse-options";
import { publishCampaignProgress } from "./publish-campaign-progress";
import { resolveCampaignDraft } from "./resolve-campaign-draft";
import { enqueueScheduledStart, removeScheduledStart } from "./schedule-start";

const MIN_LEAD_MS = 30_000;

/**
 * Changes a draft or a scheduled campaign. A scheduled one is re-scheduled
 * to its new time (which must still be in the future); one that has started
 * can no longer be edited.
 */
export async function updateCampaign(options: UpdateCampaignInput): Promise<CampaignSummary> {
  const { orgId, campaignId: rawId, ...draft } = parseOptions(ZUpdateCampaign, options);
  const campaignId = campaignIdOrNotFound(rawId);
  const current = await db.campaign.findFirst({
    where: { id: campaignId, orgId },
    select: { status: true, scheduledAt: true },
  });
  if (!current) throw new NotFoundError("That campaign");
  if (!EDITABLE_STATUSES.includes(current.status)) {
    throw new ConflictError(`A ${current.status} campaign can no longer be edited.`);
  }
  const { listIds, ...columns } = await resolveCampaignDraft(orgId, draft);
  if (current.status === "scheduled") {
    if (!columns.scheduledAt || columns.scheduledAt.getTime() < Date.now() + MIN_LEAD_MS) {
      throw new ConflictError("A scheduled campaign needs a send time at least a minute from now.");
    }
  }

  const record = await db.$transaction(async (tx) => {
    const updated = await tx.campaign.updateMany({
      where: { id: campaignId, orgId, status: { in: [...EDITABLE_STATUSES] } },
      data: columns,
    });
    if (updated.count === 0) throw new ConflictError("The campaign started while you were editing it.");
    await tx.campaignList.deleteMany({ where: { campaignId } });
    await tx.campaignList.createMany({ data: listIds.map((listId) => ({ campaignId, listId })) });
    return tx.campaign.findFirstOrThrow({ where: { id: campaignId }, select: CAMPAIGN_COLUMNS });
  });

  if (record.status === "scheduled" && record.scheduledAt?.getTime() !== current.scheduledAt?.getTime()) {
    await removeScheduledStart(campaignId, current.scheduledAt);
    await enqueueScheduledStart(orgId, campaignId, record.scheduledAt!);
    await publishCampaignProgress(orgId, campaignId);
  }
  return toCampaignSummary(record);
}
