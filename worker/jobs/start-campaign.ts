import { startCampaign } from "@/lib/campaigns";
import type { JobHandler } from "./registry";

/** Starts a due scheduled campaign, or takes a running one's audience and enqueues its send batches. */
export const startCampaignJob: JobHandler<"start-campaign"> = async (payload, { logger }) => {
  const outcome = await startCampaign(payload);
  logger.info({ ...payload, outcome }, "campaign start");
  return outcome;
};
