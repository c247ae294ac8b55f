"use client";

import { useRouter } from "next/navigation";
import { useEffect, useEffectEvent, useState } from "react";
import { snapshotOfEvent, type CampaignSnapshot } from "./live-campaign";

const POLL_MS = 5_000;

/**
 * "live": events arrive; "reconnecting": the stream dropped and the browser
 * is opening it again; "polling": the server refused the stream, so the
 * page is re-read every few seconds instead.
 */
export type LiveConnection = "connecting" | "live" | "reconnecting" | "polling";

type CampaignEventsOptions = {
  /** One campaign's id, or null for every campaign of the organization. */
  campaignId: string | null;
  onSnapshot: (snapshot: CampaignSnapshot & { campaignId: string }) => void;
};

/**
 * Live `campaign.progress` events from /api/events. Each time the stream
 * opens (the first time, and after every reconnect) the page's server data
 * is read again, so events published while nobody listened are not missed.
 */
export function useCampaignEvents({ campaignId, onSnapshot }: CampaignEventsOptions): LiveConnection {
  const router = useRouter();
  const [connection, setConnection] = useState<LiveConnection>("connecting");
  const polling = connection === "polling";
  const deliver = useEffectEvent((data: string) => {
    try {
      const snapshot = snapshotOfEvent(JSON.parse(data), campaignId ?? undefined);
      if (snapshot) onSnapshot(snapshot);
    } catch (error) {
      console.error("unreadable campaign progress event", error);
    }
  });

  useEffect(() => {
    if (polling) return;
    const url = campaignId
      ? `/api/events?topic=${encodeURIComponent(`campaign:${campaignId}`)}`
      : "/api/events";
    const source = new EventSource(url);
    source.addEventListener("campaign.progress", (message) =>
      deliver((message as MessageEvent<string>).data),
    );
    source.addEventListener("open", () => {
      setConnection("live");
      router.refresh();
    });
    source.addEventListener("error", () => {
      // CLOSED: the server answered with an error (not a dropped connection); the browser will not retry.
      if (source.readyState === EventSource.CLOSED) setConnection("polling");
      else setConnection("reconnecting");
    });
    return () => source.close();
  }, [campaignId, polling, router]);

  useEffect(() => {
    if (!polling) return;
    const timer = setInterval(() => router.refresh(), POLL_MS);
    return () => clearInterval(timer);
  }, [polling, router]);

  return connection;
}
