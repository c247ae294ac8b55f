import { z } from "zod";
import type { ContactsView } from "@/components/contacts/contacts-view";
import { ZContactListId, ZContactSort } from "@/lib/contacts";

export type SearchParams = Record<string, string | string[] | undefined>;

/** Anything unreadable in the URL falls back to its default instead of failing the page. */
const ZContactsView = z.object({
  q: z.string().trim().max(100).optional().catch(undefined),
  sort: ZContactSort.catch("newest"),
  list: ZContactListId.optional().catch(undefined),
  status: z.literal("opted-out").optional().catch(undefined),
  cursor: z.string().max(2000).optional().catch(undefined),
});

export function readContactsView(searchParams: SearchParams): ContactsView {
  const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);
  const view = ZContactsView.parse({
    q: first(searchParams.q),
    sort: first(searchParams.sort) ?? "newest",
    list: first(searchParams.list),
    status: first(searchParams.status),
    cursor: first(searchParams.cursor),
  });
  return { ...view, q: view.q || undefined };
}
