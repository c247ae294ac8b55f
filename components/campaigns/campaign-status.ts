import {
  CAMPAIGN_ACTIONS,
  progressOf,
  type CampaignAction,
  type CampaignCounts,
} from "@/lib/campaigns/client";
import type { CampaignStatus } from "@/lib/db";

export type { CampaignStatus, CampaignCounts };

/** The campaign's state in one or two words, for badges. */
export const CAMPAIGN_STATUS_LABELS: Record<CampaignStatus, string> = {
  draft: "Draft",
  scheduled: "Scheduled",
  running: "Sending",
  paused: "Paused",
  completed: "Completed",
  cancelled: "Cancelled",
  failed: "Failed",
};

export const CAMPAIGN_STATUS_TONES: Record<
  CampaignStatus,
  "neutral" | "accent" | "success" | "warning" | "danger"
> = {
  draft: "neutral",
  scheduled: "accent",
  running: "accent",
  paused: "warning",
  completed: "success",
  cancelled: "neutral",
  failed: "danger",
};

/** The actions a person may take on a campaign in this status (the state machine's "from" lists). */
export function allowedActions(status: CampaignStatus): CampaignAction[] {
  return (Object.keys(CAMPAIGN_ACTIONS) as CampaignAction[]).filter(
    // "start" is the worker's move at the scheduled time, never a button.
    (action) => action !== "start" && CAMPAIGN_ACTIONS[action].from.includes(status),
  );
}

/** Settings may still change: the same statuses lib/campaigns lets updateCampaign touch. */
export function isEditable(status: CampaignStatus): boolean {
  return status === "draft" || status === "scheduled";
}

/** Messages that reached a decision out of all recipients, as a percent (0–100). */
export function progressPercent(counts: CampaignCounts): number {
  return progressOf(counts) * 100;
}

/** Every message handled while the status still says "running": completion is a moment away. */
export function isFinishing(status: CampaignStatus, counts: CampaignCounts): boolean {
  return status === "running" && counts.recipients > 0 && progressOf(counts) >= 1;
}

/** Whether the audience was taken (it has started at some point): before that there is nothing to count. */
export function hasStarted(campaign: { startedAt: string | null; counts: CampaignCounts }): boolean {
  return campaign.startedAt !== null || campaign.counts.recipients > 0;
}
