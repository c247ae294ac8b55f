import type { CampaignStatus } from "@/lib/db";

/**
 * The campaign state machine: draft → scheduled → running ⇄ paused →
 * completed, or cancelled / failed. UI, API and worker all move a campaign
 * through `transitionCampaign`, which accepts only these edges.
 */
export const CAMPAIGN_TRANSITIONS: Readonly<Record<CampaignStatus, readonly CampaignStatus[]>> = {
  draft: ["scheduled", "running", "cancelled"],
  // Back to draft when the user wants to edit freely; running at its time.
  scheduled: ["draft", "running", "cancelled"],
  running: ["paused", "completed", "cancelled", "failed"],
  paused: ["running", "cancelled", "failed"],
  completed: [],
  cancelled: [],
  failed: [],
};

export type CampaignAction = "schedule" | "send_now" | "unschedule" | "start" | "pause" | "resume" | "cancel";

/** Where each user action leads, and from where it may be taken. */
export const CAMPAIGN_ACTIONS: Readonly<
  Record<CampaignAction, { to: CampaignStatus; from: readonly CampaignStatus[] }>
> = {
  schedule: { to: "scheduled", from: ["draft", "scheduled"] },
  send_now: { to: "running", from: ["draft", "scheduled"] },
  unschedule: { to: "draft", from: ["scheduled"] },
  start: { to: "running", from: ["scheduled"] },
  pause: { to: "paused", from: ["running"] },
  resume: { to: "running", from: ["paused"] },
  cancel: { to: "cancelled", from: ["draft", "scheduled", "running", "paused"] },
};

export function canTransition(from: CampaignStatus, to: CampaignStatus): boolean {
  return from === to ? from === "scheduled" : CAMPAIGN_TRANSITIONS[from].includes(to);
}

/** Statuses whose settings may still be edited (a scheduled one is re-scheduled by the edit). */
export const EDITABLE_STATUSES: readonly CampaignStatus[] = ["draft", "scheduled"];

/** Statuses in which the worker may still submit messages. */
export const ACTIVE_STATUSES: readonly CampaignStatus[] = ["running"];

export function isFinalStatus(status: CampaignStatus): boolean {
  return CAMPAIGN_TRANSITIONS[status].length === 0;
}

/** Why an action is refused, in words for the user. */
export function refusalMessage(action: CampaignAction, status: CampaignStatus): string {
  const verbs: Record<CampaignAction, string> = {
    schedule: "scheduled",
    send_now: "sent",
    unschedule: "moved back to draft",
    start: "started",
    pause: "paused",
    resume: "resumed",
    cancel: "cancelled",
  };
  return `A ${status} campaign cannot be ${verbs[action]}.`;
}
