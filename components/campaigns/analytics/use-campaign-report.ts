"use client";

import { useEffect, useEffectEvent, useRef, useState } from "react";
import type { CampaignReportData } from "./campaign-report-data";
import { ThrottledRunner } from "./throttled-runner";

export type CampaignReportState = {
  /** The latest report read, kept while a newer one loads or when one fails. */
  report: CampaignReportData | null;
  /** Why the last read failed, until one succeeds. */
  error: string | null;
};

/**
 * The campaign's report, read when the section opens and again whenever
 * `trigger` changes (a live progress event, a re-read page): at most once a
 * second, one request at a time, the last change always answered.
 */
export function useCampaignReport(campaignId: string, trigger: string): CampaignReportState {
  const [state, setState] = useState<CampaignReportState>({ report: null, error: null });
  const runner = useRef<ThrottledRunner | null>(null);
  const seenTrigger = useRef(trigger);

  const load = useEffectEvent(async (signal: AbortSignal) => {
    try {
      const response = await fetch(`/campaigns/${encodeURIComponent(campaignId)}/report`, {
        cache: "no-store",
        signal,
      });
      if (!response.ok) {
        setState((current) => ({ ...current, error: problemOf(response.status) }));
        return;
      }
      const report = (await response.json()) as CampaignReportData;
      setState({ report, error: null });
    } catch (error) {
      if (signal.aborted) return;
      console.error("campaign report could not be read", error);
      setState((current) => ({
        ...current,
        error: "The report could not be read. It is tried again with the next update.",
      }));
    }
  });

  useEffect(() => {
    const abort = new AbortController();
    const current = new ThrottledRunner(() => load(abort.signal));
    runner.current = current;
    current.request();
    return () => {
      current.dispose();
      abort.abort();
      runner.current = null;
    };
  }, [campaignId]);

  useEffect(() => {
    if (trigger === seenTrigger.current) return;
    seenTrigger.current = trigger;
    runner.current?.request();
  }, [trigger]);

  return state;
}

function problemOf(status: number): string {
  if (status === 401) return "Your session has ended. Sign in again to see the report.";
  if (status === 404) return "This campaign no longer exists.";
  return "The report could not be read. It is tried again with the next update.";
}
