"use client";

import { useRouter } from "next/navigation";
import { useEffect } from "react";

const EVERY_MS = 3_000;
const AT_MOST = 20;

/**
 * Re-reads the page every few seconds while `waiting` holds, a bounded
 * number of times. Live events are best effort: when every message of a
 * running campaign is handled, its "completed" arrives in a moment, and the
 * page must not stay on "Sending" should that one event be missed.
 */
export function useRefreshWhile(waiting: boolean): void {
  const router = useRouter();
  useEffect(() => {
    if (!waiting) return;
    let left = AT_MOST;
    const timer = setInterval(() => {
      router.refresh();
      if (--left === 0) clearInterval(timer);
    }, EVERY_MS);
    return () => clearInterval(timer);
  }, [waiting, router]);
}
