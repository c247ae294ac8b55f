export { getOrganizationOverview, type OrganizationOverview } from "./get-organization-overview";
export {
  CAMPAIGN_ACTIONS,
  CAMPAIGN_TRANSITIONS,
  EDITABLE_STATUSES,
  canTransition,
  isFinalStatus,
  type CampaignAction,
} from "./campaign-status";
export { checkSenderId, senderAddress, type SenderAddress } from "./sender-id";
export { isQuietAt, knownZoneOr, maySendAt, minutesUntilSendable, type QuietHours } from "./quiet-hours";
export {
  formatClockTime,
  isKnownTimeZone,
  localMinuteOfDay,
  parseClockTime,
  zonedTimeToInstant,
} from "./zoned-time";
export {
  MAX_INLINE_TEXT,
  ZCampaignDraft,
  ZQuietHours,
  ZSchedule,
  ZSenderId,
  type CampaignDraft,
  type CampaignRef,
  type CreateCampaignInput,
  type EstimateCampaignInput,
  type ListCampaignsInput,
  type UpdateCampaignInput,
} from "./campaign-records.schema";
export { progressOf, type CampaignCounts, type CampaignSummary } from "./campaign-summary";
export { createCampaign } from "./create-campaign";
export { updateCampaign } from "./update-campaign";
export { getCampaign, type CampaignDetail } from "./get-campaign";
export { listCampaigns, type CampaignPage } from "./list-campaigns";
export {
  cancelCampaign,
  pauseCampaign,
  resumeCampaign,
  scheduleCampaign,
  sendCampaignNow,
  unscheduleCampaign,
} from "./campaign-actions";
export { startCampaign, type StartOutcome } from "./start-campaign";
export { completeCampaignIfDone } from "./complete-campaign";
export { publishCampaignProgress } from "./publish-campaign-progress";
export { estimateCampaign, type CampaignEstimate } from "./estimate-campaign";
export {
  getCampaignReport,
  type CampaignFailureGroup,
  type CampaignReport,
  type CampaignReportCounters,
} from "./report/get-campaign-report";
export { exportCampaignReportCsv, type CampaignReportCsvExport } from "./report/export-campaign-report-csv";
export { getRecentCampaigns, type CampaignTotals, type RecentCampaigns } from "./report/get-recent-campaigns";
export { type CampaignTimeline } from "./report/report-timeline";
