import type { CampaignStatus } from "@/lib/db";
import { formatClockTime } from "./zoned-time";

/** A campaign as pages, the API and the worker see it. */
export interface CampaignSummary {
  id: string;
  name: string;
  status: CampaignStatus;
  senderId: string;
  templateId: string | null;
  body: string;
  connectorId: string | null;
  scheduledAt: Date | null;
  timeZone: string;
  quietHours: { start: string; end: string } | null;
  createdAt: Date;
  updatedAt: Date;
  startedAt: Date | null;
  completedAt: Date | null;
  failureReason: string | null;
  /**
   * False while a running campaign's audience is still being taken
   * (take-audience.ts): the first messages go out meanwhile, and
   * `counts.recipients` still grows.
   */
  audienceComplete: boolean;
  counts: CampaignCounts;
}

/** Maintained counters (never COUNT(*) per request). */
export interface CampaignCounts {
  recipients: number;
  sent: number;
  delivered: number;
  failed: number;
  /** Sent, then reported undelivered or rejected by the carrier. */
  undelivered: number;
  expired: number;
  optedOut: number;
  replied: number;
  skipped: number;
  unknown: number;
  cancelled: number;
  excludedOptedOut: number;
  excludedDuplicates: number;
}

export const CAMPAIGN_COLUMNS = {
  id: true,
  name: true,
  status: true,
  senderId: true,
  templateId: true,
  body: true,
  connectorId: true,
  scheduledAt: true,
  timeZone: true,
  quietHoursStart: true,
  quietHoursEnd: true,
  createdAt: true,
  updatedAt: true,
  startedAt: true,
  completedAt: true,
  failureReason: true,
  recipients: true,
  sentCount: true,
  deliveredCount: true,
  failedCount: true,
  undeliveredCount: true,
  expiredCount: true,
  optedOutCount: true,
  repliedCount: true,
  skippedCount: true,
  unknownCount: true,
  cancelledCount: true,
  excludedOptedOut: true,
  excludedDuplicates: true,
  sendGeneration: true,
  audienceGeneration: true,
} as const;

type CampaignRecord = {
  [K in keyof typeof CAMPAIGN_COLUMNS]: K extends "status"
    ? CampaignStatus
    : K extends "scheduledAt" | "startedAt" | "completedAt"
      ? Date | null
      : K extends "createdAt" | "updatedAt"
        ? Date
        : K extends "templateId" | "connectorId" | "failureReason"
          ? string | null
          : K extends "quietHoursStart" | "quietHoursEnd"
            ? number | null
            : K extends "id" | "name" | "senderId" | "body" | "timeZone"
              ? string
              : number;
};

export function toCampaignSummary(record: CampaignRecord): CampaignSummary {
  const quiet =
    record.quietHoursStart === null || record.quietHoursEnd === null
      ? null
      : { start: formatClockTime(record.quietHoursStart), end: formatClockTime(record.quietHoursEnd) };
  return {
    id: record.id,
    name: record.name,
    status: record.status,
    senderId: record.senderId,
    templateId: record.templateId,
    body: record.body,
    connectorId: record.connectorId,
    scheduledAt: record.scheduledAt,
    timeZone: record.timeZone,
    quietHours: quiet,
    createdAt: record.createdAt,
    updatedAt: record.updatedAt,
    startedAt: record.startedAt,
    completedAt: record.completedAt,
    failureReason: record.failureReason,
    audienceComplete: record.audienceGeneration >= record.sendGeneration,
    counts: {
      recipients: record.recipients,
      sent: record.sentCount,
      delivered: record.deliveredCount,
      failed: record.failedCount,
      undelivered: record.undeliveredCount,
      expired: record.expiredCount,
      optedOut: record.optedOutCount,
      replied: record.repliedCount,
      skipped: record.skippedCount,
      unknown: record.unknownCount,
      cancelled: record.cancelledCount,
      excludedOptedOut: record.excludedOptedOut,
      excludedDuplicates: record.excludedDuplicates,
    },
  };
}

/** Messages that reached a decision (sent, failed, skipped, unknown, cancelled) out of all recipients. */
export function progressOf(counts: CampaignCounts): number {
  if (counts.recipients === 0) return 0;
  const done = counts.sent + counts.failed + counts.skipped + counts.unknown + counts.cancelled;
  return Math.min(1, done / counts.recipients);
}
