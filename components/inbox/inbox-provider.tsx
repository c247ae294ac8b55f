"use client";

import { useSearchParams, useSelectedLayoutSegment } from "next/navigation";
import { createContext, use, useEffect, useMemo, useRef, useState, type ReactNode } from "react";
import type { LiveConnection } from "@/components/campaigns/use-campaign-events";
import type { ConversationFilters, InboxActions } from "./inbox-action-result";
import type { ConversationItem, ConversationListPage } from "./inbox-data";
import { filtersQuery, readFilters } from "./inbox-filters";
import { appendPage, mergeFirstPage } from "./merge-conversations";
import { useConversationEvents, type ConversationUpdate } from "./use-conversation-events";

/** Events come in bursts (a reply and its confirmation); one read of the list answers a burst. */
const REFRESH_DELAY_MS = 250;
const EMPTY_PAGE: ConversationListPage = { conversations: [], nextCursor: null };
const LOAD_FAILED = "The conversations could not be loaded. Check your connection and try again.";

export type InboxList = {
  filters: ConversationFilters;
  /** "?unread=1…": keeps the filters on links to a thread and back. */
  query: string;
  /** The conversation open beside the list, if any. */
  openId: string | null;
  conversations: ConversationItem[];
  status: "loading" | "ready" | "error";
  error: string | null;
  hasMore: boolean;
  loadingMore: boolean;
  moreError: string | null;
  connection: LiveConnection;
  loadMore: () => void;
  retry: () => void;
  /** The open thread changed a conversation (read, marked unread): show it at once. */
  patch: (conversationId: string, change: Partial<ConversationItem>) => void;
};

const InboxContext = createContext<InboxList | null>(null);

export function useInboxList(): InboxList {
  const inbox = use(InboxContext);
  if (!inbox) throw new Error("useInboxList needs an InboxProvider (the inbox layout)");
  return inbox;
}

type ListState = {
  /** The filters (as their query) the page was read for; null while "Try again" reads it anew. */
  key: string | null;
  page: ConversationListPage;
  error: string | null;
};

type InboxProviderProps = {
  /** The first page without filters, read by the layout's server render. */
  initialPage: ConversationListPage;
  loadConversations: InboxActions["loadConversations"];
  children: ReactNode;
};

/**
 * The conversation list's state, kept in the inbox layout so it survives
 * moving between threads: the filters from the address, the pages loaded so
 * far, and live updates (a new message reads the first page again and merges
 * it in, keeping what "Load more" added).
 */
export function InboxProvider({ initialPage, loadConversations, children }: InboxProviderProps) {
  const searchParams = useSearchParams();
  const query = filtersQuery(readFilters(searchParams));
  // From the query text, so the filters change only when the address's filters do.
  const filters = useMemo(() => readFilters(new URLSearchParams(query)), [query]);
  const openId = useSelectedLayoutSegment();

  const [list, setList] = useState<ListState>(() =>
    query === "" ? { key: "", page: initialPage, error: null } : { key: null, page: EMPTY_PAGE, error: null },
  );
  const [attempt, setAttempt] = useState(0);
  const [refreshes, setRefreshes] = useState(0);
  const [more, setMore] = useState<{ loading: boolean; error: string | null }>({
    loading: false,
    error: null,
  });
  const usedInitialPage = useRef(query === "");
  const handledRefreshes = useRef(0);

  // The filters changed, or "Try again": read their first page.
  useEffect(() => {
    if (usedInitialPage.current) {
      usedInitialPage.current = false;
      return;
    }
    let cancelled = false;
    loadConversations(filters, null).then(
      (result) => {
        if (cancelled) return;
        setList(
          result.ok
            ? { key: query, page: result.value, error: null }
            : { key: query, page: EMPTY_PAGE, error: result.message },
        );
      },
      (error: unknown) => {
        console.error("loading conversations failed", error);
        if (!cancelled) setList({ key: query, page: EMPTY_PAGE, error: LOAD_FAILED });
      },
    );
    return () => {
      cancelled = true;
    };
  }, [query, filters, attempt, loadConversations]);

  // A message arrived somewhere: read the first page again and merge it in.
  useEffect(() => {
    if (refreshes === handledRefreshes.current) return;
    let cancelled = false;
    const timer = setTimeout(() => {
      handledRefreshes.current = refreshes;
      loadConversations(filters, null).then(
        (result) => {
          if (cancelled || !result.ok) return;
          setList((current) =>
            current.key === query && current.error === null
              ? { ...current, page: mergeFirstPage(current.page, result.value) }
              : current,
          );
        },
        (error: unknown) => console.error("refreshing conversations failed", error),
      );
    }, REFRESH_DELAY_MS);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [refreshes, query, filters, loadConversations]);

  const connection = useConversationEvents({
    conversationId: null,
    // A status change of a message already listed does not change the list; a new message does.
    onUpdate: (update: ConversationUpdate) => {
      if (update.direction === "inbound" || update.status === "queued") setRefreshes((n) => n + 1);
    },
    onCatchUp: () => setRefreshes((n) => n + 1),
  });

  const current = list.key === query;
  const value: InboxList = {
    filters,
    query,
    openId,
    conversations: current ? list.page.conversations : [],
    status: !current ? "loading" : list.error ? "error" : "ready",
    error: current ? list.error : null,
    hasMore: current && list.page.nextCursor !== null,
    loadingMore: more.loading,
    moreError: more.error,
    connection,
    loadMore: () => {
      const cursor = list.page.nextCursor;
      if (!current || more.loading || cursor === null) return;
      setMore({ loading: true, error: null });
      const forQuery = query;
      loadConversations(filters, cursor)
        .catch((error: unknown) => {
          console.error("loading more conversations failed", error);
          return { ok: false as const, message: LOAD_FAILED };
        })
        .then((result) => {
          setMore({ loading: false, error: result.ok ? null : result.message });
          if (!result.ok) return;
          setList((state) =>
            state.key === forQuery ? { ...state, page: appendPage(state.page, result.value) } : state,
          );
        });
    },
    retry: () => {
      setList((state) => ({ ...state, key: null }));
      setAttempt((n) => n + 1);
    },
    patch: (conversationId, change) =>
      setList((state) => ({
        ...state,
        page: {
          ...state.page,
          conversations: state.page.conversations.map((conversation) =>
            conversation.id === conversationId ? { ...conversation, ...change } : conversation,
          ),
        },
      })),
  };

  return <InboxContext value={value}>{children}</InboxContext>;
}
