import { createRedis } from "@/lib/redis";
import { ZLiveEvent, topicOf, type LiveEvent } from "./live-event";
import { orgChannel } from "./publish-event";

/**
 * Subscribes to an organization's live events, optionally one topic only.
 * Each subscription has its own Redis connection (a subscribed connection
 * can do nothing else); call the returned function to end it.
 */
export async function subscribeEvents(options: {
  orgId: string;
  topic?: string;
  onEvent: (event: LiveEvent) => void;
}): Promise<() => Promise<void>> {
  const subscriber = createRedis("events-subscriber");
  const channel = orgChannel(options.orgId);
  subscriber.on("message", (from: string, message: string) => {
    if (from !== channel) return;
    const parsed = ZLiveEvent.safeParse(JSON.parse(message));
    if (!parsed.success) return;
    if (options.topic && topicOf(parsed.data) !== options.topic) return;
    options.onEvent(parsed.data);
  });
  await subscriber.subscribe(channel);
  return async () => {
    await subscriber.unsubscribe(channel).catch(() => undefined);
    subscriber.disconnect();
  };
}
