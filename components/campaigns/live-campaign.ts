import type { CampaignProgressEvent } from "@/lib/events";
import type { CampaignCounts, CampaignStatus } from "./campaign-status";

/**
 * A campaign's status and counters as of `at` (ISO): from the server's
 * render or a live event. `audienceComplete` is false while the audience is
 * still being taken (pages that do not show it leave it out).
 */
export type CampaignSnapshot = {
  status: CampaignStatus;
  counts: CampaignCounts;
  at: string;
  audienceComplete?: boolean;
};

const COUNT_KEYS = [
  "recipients",
  "sent",
  "delivered",
  "failed",
  "undelivered",
  "expired",
  "optedOut",
  "replied",
  "skipped",
  "unknown",
  "cancelled",
  "excludedOptedOut",
  "excludedDuplicates",
] as const satisfies readonly (keyof CampaignCounts)[];

/** The event's snapshot, or null when it is not a readable progress event of this campaign. */
export function snapshotOfEvent(
  value: unknown,
  campaignId?: string,
): (CampaignSnapshot & { campaignId: string }) | null {
  if (typeof value !== "object" || value === null) return null;
  const event = value as Partial<CampaignProgressEvent>;
  if (event.type !== "campaign.progress" || typeof event.campaignId !== "string") return null;
  if (campaignId !== undefined && event.campaignId !== campaignId) return null;
  if (typeof event.status !== "string" || typeof event.at !== "string" || !event.counts) return null;
  const counts = {} as CampaignCounts;
  for (const key of COUNT_KEYS) {
    const count = event.counts[key];
    if (typeof count !== "number") return null;
    counts[key] = count;
  }
  const audienceComplete = typeof event.audienceComplete === "boolean" ? event.audienceComplete : undefined;
  return { campaignId: event.campaignId, status: event.status, counts, at: event.at, audienceComplete };
}

/**
 * Of two snapshots, the current one. The status and whether the audience
 * is complete are the later one's (they move back and forth: running ⇄
 * paused, a resume takes the audience again); counters only ever grow, so
 * each is the larger of the two, whichever arrived first.
 */
export function latest(base: CampaignSnapshot, live: CampaignSnapshot | null): CampaignSnapshot {
  if (!live) return base;
  const [older, newer] = Date.parse(live.at) > Date.parse(base.at) ? [base, live] : [live, base];
  const counts = { ...newer.counts };
  for (const key of COUNT_KEYS) counts[key] = Math.max(older.counts[key], newer.counts[key]);
  const audienceComplete = newer.audienceComplete ?? older.audienceComplete;
  return { status: newer.status, counts, at: newer.at, audienceComplete };
}
