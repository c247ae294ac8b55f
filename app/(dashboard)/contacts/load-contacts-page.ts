import type { ContactsView } from "@/components/contacts/contacts-view";
import { listContacts, type ContactsPage } from "@/lib/contacts";
import { ValidationError } from "@/lib/errors";

/** One page for the URL's view; a cursor that no longer fits (edited, or from another sort) is reported, not thrown. */
export async function loadContactsPage(
  orgId: string,
  view: ContactsView,
): Promise<ContactsPage & { staleCursor: boolean }> {
  try {
    const page = await listContacts({
      orgId,
      listId: view.list,
      optedOut: view.status === "opted-out" ? true : undefined,
      search: view.q,
      sort: view.sort,
      cursor: view.cursor,
    });
    return { ...page, staleCursor: false };
  } catch (error) {
    if (error instanceof ValidationError && error.field === "cursor") {
      return { contacts: [], nextCursor: null, previousCursor: null, staleCursor: true };
    }
    throw error;
  }
}
