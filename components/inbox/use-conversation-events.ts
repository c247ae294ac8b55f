"use client";

import { useEffect, useEffectEvent, useState } from "react";
import type { LiveConnection } from "@/components/campaigns/use-campaign-events";

const POLL_MS = 5_000;

/** A `conversation.updated` event as the stream carries it. */
export type ConversationUpdate = {
  conversationId: string;
  messageId: string;
  direction: "inbound" | "outbound";
  status: string;
};

function updateOf(data: string): ConversationUpdate | null {
  const value: unknown = JSON.parse(data);
  if (typeof value !== "object" || value === null) return null;
  const event = value as Record<string, unknown>;
  if (event.type !== "conversation.updated") return null;
  const { conversationId, messageId, direction, status } = event;
  if (typeof conversationId !== "string" || typeof messageId !== "string" || typeof status !== "string") {
    return null;
  }
  if (direction !== "inbound" && direction !== "outbound") return null;
  return { conversationId, messageId, direction, status };
}

type ConversationEventsOptions = {
  /** One conversation's id, or null for every conversation of the organization. */
  conversationId: string | null;
  onUpdate: (update: ConversationUpdate) => void;
  /**
   * Read the current state again: each time the stream opens (so events
   * published while nobody listened are not missed) and, when the server
   * refuses the stream, every few seconds instead.
   */
  onCatchUp: () => void;
};

/** Live `conversation.updated` events from /api/events, for the inbox's list or one thread. */
export function useConversationEvents({
  conversationId,
  onUpdate,
  onCatchUp,
}: ConversationEventsOptions): LiveConnection {
  const [connection, setConnection] = useState<LiveConnection>("connecting");
  const polling = connection === "polling";
  const deliver = useEffectEvent((data: string) => {
    try {
      const update = updateOf(data);
      if (update && (conversationId === null || update.conversationId === conversationId)) onUpdate(update);
    } catch (error) {
      console.error("unreadable conversation event", error);
    }
  });
  const catchUp = useEffectEvent(() => onCatchUp());

  useEffect(() => {
    if (polling) return;
    const url = conversationId
      ? `/api/events?topic=${encodeURIComponent(`conversation:${conversationId}`)}`
      : "/api/events";
    const source = new EventSource(url);
    source.addEventListener("conversation.updated", (message) =>
      deliver((message as MessageEvent<string>).data),
    );
    source.addEventListener("open", () => {
      setConnection("live");
      catchUp();
    });
    source.addEventListener("error", () => {
      // CLOSED: the server answered with an error (not a dropped connection); the browser will not retry.
      if (source.readyState === EventSource.CLOSED) setConnection("polling");
      else setConnection("reconnecting");
    });
    return () => source.close();
  }, [conversationId, polling]);

  useEffect(() => {
    if (!polling) return;
    const timer = setInterval(() => catchUp(), POLL_MS);
    return () => clearInterval(timer);
  }, [polling]);

  return connection;
}
