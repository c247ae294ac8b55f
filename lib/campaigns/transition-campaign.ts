import { db, Prisma } from "@/lib/db";
import { ConflictError, NotFoundError } from "@/lib/errors";
import { CAMPAIGN_ACTIONS, refusalMessage, type CampaignAction } from "./campaign-status";

/**
 * Moves a campaign along one edge of the state machine, atomically: the
 * update only matches while the campaign is in a status the action may be
 * taken from, so two people (or a person and the worker) racing cannot
 * both win. Answers the campaign's send generation after the move.
 */
export async function transitionCampaign(options: {
  orgId: string;
  campaignId: string;
  action: CampaignAction;
  data?: Prisma.CampaignUpdateManyMutationInput;
}): Promise<{ sendGeneration: number }> {
  const { orgId, campaignId, action, data = {} } = options;
  const { to, from } = CAMPAIGN_ACTIONS[action];
  const moved = await db.campaign.updateMany({
    where: { id: campaignId, orgId, status: { in: [...from] } },
    data: { ...data, status: to },
  });
  const current = await db.campaign.findFirst({
    where: { id: campaignId, orgId },
    select: { status: true, sendGeneration: true },
  });
  if (!current) throw new NotFoundError("That campaign");
  if (moved.count === 0) throw new ConflictError(refusalMessage(action, current.status));
  return { sendGeneration: current.sendGeneration };
}
