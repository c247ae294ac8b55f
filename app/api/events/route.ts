import { z } from "zod";
import { ValidationError } from "@/lib/errors";
import { subscribeEvents } from "@/lib/events";
import { sessionRoute } from "@/lib/http";

// One thing ("import:<id>") or an organization-wide stream ("connectors").
const ZTopic = z.string().regex(/^(?:[a-z]+:[0-9a-f-]{36}|connectors)$/, "Unknown topic");
const HEARTBEAT_MS = 15_000;

/**
 * Server-Sent Events: live updates for the signed-in user's organization
 * only (the Redis channel is chosen from the session, never from the query),
 * optionally narrowed to one topic such as "import:<id>".
 */
export const GET = sessionRoute(async ({ request, session }) => {
  const topicParam = new URL(request.url).searchParams.get("topic");
  const topic = topicParam === null ? undefined : ZTopic.safeParse(topicParam);
  if (topic && !topic.success) throw new ValidationError("Unknown topic", "topic");
  const encoder = new TextEncoder();
  let unsubscribe: (() => Promise<void>) | undefined;
  let heartbeat: ReturnType<typeof setInterval> | undefined;
  const stream = new ReadableStream<Uint8Array>({
    async start(controller) {
      const send = (text: string) => {
        try {
          controller.enqueue(encoder.encode(text));
        } catch {
          // The browser went away; cancel() cleans up.
        }
      };
      unsubscribe = await subscribeEvents({
        orgId: session.orgId,
        topic: topic?.data,
        onEvent: (event) => send(`event: ${event.type}\ndata: ${JSON.stringify(event)}\n\n`),
      });
      send(": connected\n\n");
      heartbeat = setInterval(() => send(": heartbeat\n\n"), HEARTBEAT_MS);
      request.signal.addEventListener("abort", () => {
        clearInterval(heartbeat);
        void unsubscribe?.();
      });
    },
    async cancel() {
      clearInterval(heartbeat);
      await unsubscribe?.();
    },
  });
  return new Response(stream, {
    headers: {
      "Content-Type": "text/event-stream; charset=utf-8",
      "Cache-Control": "no-cache, no-transform",
      Connection: "keep-alive",
      "X-Accel-Buffering": "no",
    },
  });
});
