"use client";

import { useSyncExternalStore } from "react";
import { browserTimeZone } from "./zoned-date";

const subscribe = () => () => {};
let cached: string | null = null;

/**
 * The browser's own time zone, or null while rendering on the server (which
 * cannot know it): the first render matches the server's, then the browser
 * switches to its zone right after hydration, without a mismatch.
 */
export function useBrowserTimeZone(): string | null {
  return useSyncExternalStore(
    subscribe,
    () => (cached ??= browserTimeZone()),
    () => null,
  );
}
