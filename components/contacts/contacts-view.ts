import type { ContactSort } from "@/lib/contacts";

/** What the contacts page shows, as kept in its URL (?q=&sort=&list=&status=&cursor=). */
export type ContactsView = {
  q?: string;
  sort: ContactSort;
  list?: string;
  status?: "opted-out";
  cursor?: string;
};

/** A link to the contacts page with `changes` applied; defaults are left out of the URL. */
export function contactsHref(view: ContactsView, changes: Partial<ContactsView> = {}): string {
  const next = { ...view, ...changes };
  const params = new URLSearchParams();
  if (next.list) params.set("list", next.list);
  if (next.status) params.set("status", next.status);
  if (next.q) params.set("q", next.q);
  if (next.sort !== "newest") params.set("sort", next.sort);
  if (next.cursor) params.set("cursor", next.cursor);
  const query = params.toString();
  return query ? `/contacts?${query}` : "/contacts";
}

export const SORT_LABELS: Record<ContactSort, string> = {
  newest: "Newest first",
  oldest: "Oldest first",
  name: "Name (A–Z)",
  phone: "Phone number",
};
