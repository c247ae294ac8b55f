"use client";

import { useRouter } from "next/navigation";
import { useEffect } from "react";

/** Circuits open and close without an event (and workers that died send none): re-read this often. */
const POLL_MS = 15_000;
/** Bind reports come in bursts (every bind of every worker): at most one re-read per this long. */
const MIN_REFRESH_GAP_MS = 1_000;

/**
 * Keeps the Routes page's health current: a fresh server render when a
 * worker reports a bind state of one of the routes' connectors (the
 * `connector.state` events the connectors table follows), and every
 * POLL_MS for circuit changes. Form state survives a refresh.
 */
export function useLiveRouteHealth(connectorIds: readonly string[]): void {
  const router = useRouter();
  const watchedKey = [...new Set(connectorIds)].sort().join(",");

  useEffect(() => {
    if (watchedKey === "") return;
    const watched = new Set(watchedKey.split(","));
    let lastRefresh = 0;
    let pending: ReturnType<typeof setTimeout> | undefined;
    const refreshSoon = () => {
      if (pending !== undefined) return;
      pending = setTimeout(
        () => {
          pending = undefined;
          lastRefresh = Date.now();
          router.refresh();
        },
        Math.max(0, lastRefresh + MIN_REFRESH_GAP_MS - Date.now()),
      );
    };
    const source = new EventSource("/api/events?topic=connectors");
    source.addEventListener("connector.state", (message) => {
      try {
        const event = JSON.parse((message as MessageEvent<string>).data) as { connectorId?: unknown };
        if (typeof event.connectorId === "string" && watched.has(event.connectorId)) refreshSoon();
      } catch (error) {
        console.error("unreadable connector state event", error);
      }
    });
    // Without the stream (signed out, server restarting) the poll below still keeps the page roughly current.
    source.addEventListener("error", () => source.close());
    const poll = setInterval(() => router.refresh(), POLL_MS);
    return () => {
      source.close();
      clearInterval(poll);
      clearTimeout(pending);
    };
  }, [watchedKey, router]);
}
