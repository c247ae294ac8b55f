import { z } from "zod";
import { ZCampaignDraft } from "@/lib/campaigns";
import { zQueryLimit } from "../read-query";

export const ZApiCreateCampaign = ZCampaignDraft;

export const ZApiListCampaignsQuery = z
  .object({ cursor: z.string().max(200).optional(), limit: zQueryLimit({ max: 100, default: 25 }) })
  .strict();

export const ZApiCampaignParams = z.object({ id: z.guid() });
