"use client";

import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";
import type { ImportProgressEvent } from "@/lib/events";
import { isImportFinished, type ImportStatus } from "./import-status";

const POLL_MS = 2_000;

const STATUS_ORDER: Record<ImportStatus, number> = {
  uploading: 0,
  pending: 1,
  running: 2,
  completed: 3,
  failed: 3,
};

/**
 * Progress only moves forward, so of two snapshots (one from the server's
 * render, one from the live stream) the further one is the current one.
 */
function further(a: ImportProgressEvent, b: ImportProgressEvent | null): ImportProgressEvent {
  if (!b) return a;
  const byStatus = STATUS_ORDER[b.status] - STATUS_ORDER[a.status];
  if (byStatus !== 0) return byStatus > 0 ? b : a;
  if (b.rowsRead !== a.rowsRead) return b.rowsRead > a.rowsRead ? b : a;
  return b.bytesRead > a.bytesRead ? b : a;
}

function isProgressEvent(value: unknown, importId: string): value is ImportProgressEvent {
  if (typeof value !== "object" || value === null) return false;
  const event = value as Partial<ImportProgressEvent>;
  return (
    event.type === "import.progress" && event.importId === importId && typeof event.rowsRead === "number"
  );
}

export type ProgressConnection = "live" | "polling" | "closed";

/**
 * The import's progress: the server's snapshot (so a reload shows where it
 * is), then live events from /api/events. If the stream drops, the page is
 * re-rendered every 2 s instead, until the import is done.
 */
export function useImportProgress(initial: ImportProgressEvent): {
  progress: ImportProgressEvent;
  connection: ProgressConnection;
} {
  const router = useRouter();
  const [live, setLive] = useState<ImportProgressEvent | null>(null);
  const [polling, setPolling] = useState(false);
  const progress = further(initial, live);
  const finished = isImportFinished(progress.status);
  const importId = initial.importId;

  useEffect(() => {
    if (finished || polling) return;
    const source = new EventSource(`/api/events?topic=${encodeURIComponent(`import:${importId}`)}`);
    source.addEventListener("import.progress", (message) => {
      try {
        const event: unknown = JSON.parse((message as MessageEvent<string>).data);
        if (isProgressEvent(event, importId)) setLive((current) => further(event, current));
      } catch (error) {
        console.error("unreadable import progress event", error);
      }
    });
    // Events sent before the subscription started are missed; one fresh render catches up on them.
    source.addEventListener("open", () => router.refresh(), { once: true });
    source.addEventListener("error", () => {
      // EventSource would retry on its own; polling is simpler to reason about and ends by itself.
      source.close();
      setPolling(true);
    });
    // Closing when finished too: the effect re-runs with finished = true and returns early.
    return () => source.close();
  }, [finished, polling, importId, router]);

  useEffect(() => {
    if (!polling || finished) return;
    const timer = setInterval(() => router.refresh(), POLL_MS);
    return () => clearInterval(timer);
  }, [polling, finished, router]);

  return { progress, connection: finished ? "closed" : polling ? "polling" : "live" };
}
