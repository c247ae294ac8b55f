import type { ConversationFilters } from "./inbox-action-result";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const NO_FILTERS: ConversationFilters = { unread: false, campaign: null, q: "" };

/** The list's filters from the address (?unread=1&campaign=<id>&q=…); anything unreadable is left out. */
export function readFilters(params: { get(name: string): string | null }): ConversationFilters {
  const campaign = params.get("campaign");
  return {
    unread: params.get("unread") === "1",
    campaign: campaign && UUID.test(campaign) ? campaign.toLowerCase() : null,
    q: (params.get("q") ?? "").trim().slice(0, 100),
  };
}

/** "?unread=1&q=anna", or "" without filters: the part of the address that keeps them across pages. */
export function filtersQuery(filters: ConversationFilters): string {
  const params = new URLSearchParams();
  if (filters.unread) params.set("unread", "1");
  if (filters.campaign) params.set("campaign", filters.campaign);
  if (filters.q) params.set("q", filters.q);
  const query = params.toString();
  return query ? `?${query}` : "";
}

export function hasFilters(filters: ConversationFilters): boolean {
  return filters.unread || filters.campaign !== null || filters.q !== "";
}
