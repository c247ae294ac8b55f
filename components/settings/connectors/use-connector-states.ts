"use client";

import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";
import type { ConnectorStateEvent } from "@/lib/events";
import type { ConnectorState } from "@/lib/smpp";

/** Re-read from the server this often: a worker that died sends no event, its binds just expire. */
const REFRESH_MS = 30_000;
/** …and more often when the live stream is gone. */
const POLL_MS = 10_000;

function isConnectorStateEvent(value: unknown): value is ConnectorStateEvent {
  if (typeof value !== "object" || value === null) return false;
  const event = value as Partial<ConnectorStateEvent>;
  return (
    event.type === "connector.state" &&
    typeof event.connectorId === "string" &&
    typeof event.state === "string" &&
    typeof event.at === "string" &&
    Array.isArray(event.binds)
  );
}

/** Of two summaries of one connector, the one taken later is current. */
function later(a: ConnectorState | undefined, b: ConnectorState | undefined): ConnectorState | undefined {
  if (!a) return b;
  if (!b) return a;
  return Date.parse(b.at) > Date.parse(a.at) ? b : a;
}

/**
 * Each connector's bind state: the server's snapshot (so a reload shows the
 * truth), then live `connector.state` events from /api/events. The page is
 * re-read now and then so binds of a worker that died drop out.
 */
export function useConnectorStates(initial: Record<string, ConnectorState>): Record<string, ConnectorState> {
  const router = useRouter();
  const [live, setLive] = useState<Record<string, ConnectorState>>({});
  const [streaming, setStreaming] = useState(true);

  useEffect(() => {
    if (!streaming) return;
    const source = new EventSource(`/api/events?topic=connectors`);
    source.addEventListener("connector.state", (message) => {
      try {
        const event: unknown = JSON.parse((message as MessageEvent<string>).data);
        if (!isConnectorStateEvent(event)) return;
        const { type: _type, connectorId, ...state } = event;
        setLive((current) => ({ ...current, [connectorId]: later(current[connectorId], state) ?? state }));
      } catch (error) {
        console.error("unreadable connector state event", error);
      }
    });
    // Events sent before the subscription started are missed; one fresh render catches up on them.
    source.addEventListener("open", () => router.refresh(), { once: true });
    source.addEventListener("error", () => {
      // EventSource would retry on its own, also after the session ended; polling is simpler to reason about.
      source.close();
      setStreaming(false);
    });
    return () => source.close();
  }, [streaming, router]);

  useEffect(() => {
    const timer = setInterval(() => router.refresh(), streaming ? REFRESH_MS : POLL_MS);
    return () => clearInterval(timer);
  }, [streaming, router]);

  const states: Record<string, ConnectorState> = {};
  for (const [id, state] of Object.entries(initial)) states[id] = later(state, live[id]) ?? state;
  return states;
}
