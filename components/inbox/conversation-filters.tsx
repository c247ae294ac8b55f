"use client";

import { usePathname, useRouter } from "next/navigation";
import { useEffect, useOptimistic, useState, useTransition } from "react";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import type { ConversationFilters } from "./inbox-action-result";
import { filtersQuery } from "./inbox-filters";
import styles from "./conversation-filters.module.css";

const SEARCH_DELAY_MS = 300;

type ConversationFiltersBarProps = {
  filters: ConversationFilters;
  campaigns: { id: string; name: string }[];
};

/**
 * Search, "unread only" and the campaign, kept in the address (so a filtered
 * inbox can be reloaded and shared); the open thread stays open.
 */
export function ConversationFiltersBar({ filters, campaigns }: ConversationFiltersBarProps) {
  const router = useRouter();
  const pathname = usePathname();
  const [search, setSearch] = useState(filters.q);
  const [appliedSearch, setAppliedSearch] = useState(filters.q);
  // The address changed the search from outside ("Clear filters", back): show it, unless it is what was typed.
  if (filters.q !== appliedSearch) {
    setAppliedSearch(filters.q);
    if (filters.q !== search.trim()) setSearch(filters.q);
  }
  // The controls show a change at once; the address (and the list) follow when the navigation is done.
  const [shown, setShown] = useOptimistic(filters);
  const [, startTransition] = useTransition();
  const apply = (change: Partial<ConversationFilters>) =>
    startTransition(() => {
      const next = { ...shown, ...change };
      setShown(next);
      router.replace(`${pathname}${filtersQuery(next)}`, { scroll: false });
    });

  // Typing searches after a pause; the address changes once per pause, not per key.
  useEffect(() => {
    const term = search.trim();
    if (term === filters.q) return;
    const timer = setTimeout(
      () => router.replace(`${pathname}${filtersQuery({ ...filters, q: term })}`, { scroll: false }),
      SEARCH_DELAY_MS,
    );
    return () => clearTimeout(timer);
  }, [search, filters, pathname, router]);

  return (
    <form
      role="search"
      className={styles.filters}
      onSubmit={(event) => {
        event.preventDefault();
        apply({ q: search.trim() });
      }}
    >
      <div className={styles.search}>
        <label htmlFor="inbox-search" className="visually-hidden">
          Search conversations
        </label>
        <Input
          id="inbox-search"
          type="search"
          value={search}
          onChange={(event) => setSearch(event.target.value)}
          placeholder="Search by phone or name"
          maxLength={100}
          autoComplete="off"
        />
      </div>
      <div className={styles.row}>
        <label className={styles.unread}>
          <input
            type="checkbox"
            checked={shown.unread}
            onChange={(event) => apply({ unread: event.target.checked })}
          />
          Unread only
        </label>
        {campaigns.length > 0 || filters.campaign ? (
          <div className={styles.campaign}>
            <label htmlFor="inbox-campaign" className="visually-hidden">
              Campaign
            </label>
            <Select
              id="inbox-campaign"
              value={shown.campaign ?? ""}
              onChange={(event) => apply({ campaign: event.target.value || null })}
            >
              <option value="">All campaigns</option>
              {campaigns.map((campaign) => (
                <option key={campaign.id} value={campaign.id}>
                  {campaign.name}
                </option>
              ))}
              {filters.campaign && !campaigns.some((campaign) => campaign.id === filters.campaign) ? (
                <option value={filters.campaign}>A campaign without replies</option>
              ) : null}
            </Select>
          </div>
        ) : null}
      </div>
    </form>
  );
}
