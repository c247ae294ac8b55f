import { z } from "zod";

const ZOrgId = z.uuid();

/** One campaign's report: the campaign is checked against the organization first. */
export const ZGetCampaignReport = z.object({ orgId: ZOrgId, campaignId: z.string() });
export type GetCampaignReportInput = z.input<typeof ZGetCampaignReport>;

export const ZExportCampaignReportCsv = ZGetCampaignReport.extend({
  /** Messages read per query; each page becomes one chunk of CSV text. */
  pageSize: z.number().int().min(1).max(20_000).default(5000),
});
export type ExportCampaignReportCsvInput = z.input<typeof ZExportCampaignReportCsv>;

export const ZGetRecentCampaigns = z.object({
  orgId: ZOrgId,
  limit: z.number().int().min(1).max(20).default(5),
});
export type GetRecentCampaignsInput = z.input<typeof ZGetRecentCampaigns>;
