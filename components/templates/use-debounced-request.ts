"use client";

import { useEffect, useState } from "react";

export type RequestState<T> =
  | { status: "idle"; data: null }
  | { status: "loading"; data: T | null }
  | { status: "ready"; data: T }
  | { status: "error"; data: T | null; message: string };

/**
 * Runs `request` `delayMs` after `key` stops changing, cancelling the
 * previous one, so only the latest input's answer is ever shown. While the
 * next answer loads, the last one stays (with status "loading"). A null key
 * means nothing to ask: the state goes back to idle.
 */
export function useDebouncedRequest<T>(
  key: string | null,
  request: (signal: AbortSignal) => Promise<T>,
  delayMs: number,
): RequestState<T> {
  const [state, setState] = useState<RequestState<T>>({ status: "idle", data: null });

  useEffect(() => {
    const controller = new AbortController();
    const timer = setTimeout(async () => {
      if (key === null) return setState({ status: "idle", data: null });
      setState((previous) => ({ status: "loading", data: previous.data }));
      try {
        const data = await request(controller.signal);
        if (!controller.signal.aborted) setState({ status: "ready", data });
      } catch (error) {
        if (controller.signal.aborted) return;
        const message = error instanceof Error ? error.message : String(error);
        setState((previous) => ({ status: "error", data: previous.data, message }));
      }
    }, delayMs);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
    // `key` stands for everything `request` reads; the callback itself changes on every render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, delayMs]);

  return state;
}
