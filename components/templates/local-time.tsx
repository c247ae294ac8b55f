"use client";

import { useSyncExternalStore } from "react";

const subscribe = () => () => {};

type LocalTimeProps = { iso: string };

/**
 * A time in the reader's own time zone and locale. The server does not know
 * them, so it renders UTC; the browser switches to local time right after
 * hydration (useSyncExternalStore's server snapshot), without a mismatch.
 */
export function LocalTime({ iso }: LocalTimeProps) {
  const text = useSyncExternalStore(
    subscribe,
    () => format(iso),
    () => `${format(iso, "UTC")} UTC`,
  );
  return <time dateTime={iso}>{text}</time>;
}

function format(iso: string, timeZone?: string): string {
  return new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone }).format(
    new Date(iso),
  );
}
