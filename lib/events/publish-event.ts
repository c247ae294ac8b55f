import { getRedis, redisKey } from "@/lib/redis";
import type { LiveEvent } from "./live-event";

/** The Redis channel carrying one organization's live events. */
export function orgChannel(orgId: string): string {
  return redisKey("events", orgId);
}

/**
 * Publishes a live event to everyone of the organization watching (SSE).
 * Fire-and-forget by design: the database is the truth, events only spare
 * the browser a reload, and a page that reloads reads the current state.
 */
export async function publishEvent(orgId: string, event: LiveEvent): Promise<void> {
  await getRedis().publish(orgChannel(orgId), JSON.stringify(event));
}
