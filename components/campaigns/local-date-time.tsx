"use client";

import { useSyncExternalStore } from "react";

const subscribe = () => () => {};

type LocalDateTimeProps = { iso: string };

/**
 * A moment in the reader's own time zone, with the zone's name so nobody
 * wonders whose clock it is: "12 Mar 2026, 14:05 CET". The server renders
 * UTC; the browser switches to its zone right after hydration.
 */
export function LocalDateTime({ iso }: LocalDateTimeProps) {
  const text = useSyncExternalStore(
    subscribe,
    () => format(iso),
    () => format(iso, "UTC"),
  );
  return <time dateTime={iso}>{text}</time>;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function format(iso: string, timeZone?: string): string {
  const key = timeZone ?? "";
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat("en-GB", {
      day: "numeric",
      month: "short",
      year: "numeric",
      hour: "2-digit",
      minute: "2-digit",
      timeZoneName: "short",
      timeZone,
    });
    formatters.set(key, formatter);
  }
  return formatter.format(new Date(iso));
}
