"use client";

import { useSyncExternalStore } from "react";

const subscribe = () => () => {};

type MessageTimeProps = {
  iso: string;
  /** "list": short ("14:05", "Mon", "3 Mar"); "thread": with the time ("Mon 14:05", "3 Mar, 14:05"). */
  style: "list" | "thread";
};

/**
 * When a message was sent, in the reader's time zone and relative to today.
 * The server renders the full UTC time; the browser switches to its own
 * clock right after hydration. The title always carries the full date.
 */
export function MessageTime({ iso, style }: MessageTimeProps) {
  const text = useSyncExternalStore(
    subscribe,
    () => relative(iso, style),
    () => absoluteUtc(iso),
  );
  const full = useSyncExternalStore(
    subscribe,
    () => formatter("full").format(new Date(iso)),
    () => absoluteUtc(iso),
  );
  return (
    <time dateTime={iso} title={full}>
      {text}
    </time>
  );
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(kind: "time" | "weekday" | "date" | "dateTime" | "full" | "utc"): Intl.DateTimeFormat {
  let format = formatters.get(kind);
  if (!format) {
    const options: Record<typeof kind, Intl.DateTimeFormatOptions> = {
      time: { hour: "2-digit", minute: "2-digit" },
      weekday: { weekday: "short" },
      date: { day: "numeric", month: "short" },
      dateTime: { day: "numeric", month: "short", hour: "2-digit", minute: "2-digit" },
      full: {
        weekday: "long",
        day: "numeric",
        month: "long",
        year: "numeric",
        hour: "2-digit",
        minute: "2-digit",
        timeZoneName: "short",
      },
      utc: {
        day: "numeric",
        month: "short",
        year: "numeric",
        hour: "2-digit",
        minute: "2-digit",
        timeZone: "UTC",
        timeZoneName: "short",
      },
    };
    format = new Intl.DateTimeFormat("en-GB", options[kind]);
    formatters.set(kind, format);
  }
  return format;
}

function absoluteUtc(iso: string): string {
  return formatter("utc").format(new Date(iso));
}

const DAY_MS = 24 * 60 * 60 * 1000;

function relative(iso: string, style: MessageTimeProps["style"]): string {
  const at = new Date(iso);
  const now = new Date();
  const startOfToday = new Date(now.getFullYear(), now.getMonth(), now.getDate()).getTime();
  const time = formatter("time").format(at);
  if (at.getTime() >= startOfToday) return time;
  if (at.getTime() >= startOfToday - 6 * DAY_MS) {
    const weekday = formatter("weekday").format(at);
    return style === "list" ? weekday : `${weekday} ${time}`;
  }
  return style === "list" ? formatter("date").format(at) : formatter("dateTime").format(at);
}
