import { ButtonLink } from "@/components/ui/button-link";
import { EmptyState } from "@/components/ui/empty-state";
import { contactsHref, type ContactsView } from "./contacts-view";

type ContactsEmptyStateProps = {
  view: ContactsView;
  totalContacts: number;
  listName: string | null;
};

/** Why the table is empty, and what to do about it. */
export function ContactsEmptyState({ view, totalContacts, listName }: ContactsEmptyStateProps) {
  if (view.q) {
    return (
      <EmptyState
        icon="contacts"
        title={`No contacts match “${view.q}”`}
        description="Search looks at phone numbers, names and email addresses. Try part of a number without spaces, or a last name."
        action={
          <ButtonLink href={contactsHref(view, { q: undefined, cursor: undefined })}>Clear search</ButtonLink>
        }
      />
    );
  }
  if (totalContacts === 0) {
    return (
      <EmptyState
        icon="contacts"
        title="No contacts yet"
        description="Upload a CSV with phone numbers, names and any custom fields; numbers are checked and normalised to international format."
        points={[
          "Rows that can't be used are kept with their line number and the reason, ready to download, fix and upload again.",
          "Numbers that appear twice are imported once.",
          "Contacts who reply STOP are opted out at once and left out of every campaign.",
        ]}
        action={
          <ButtonLink href="/contacts/import" variant="primary">
            Import CSV
          </ButtonLink>
        }
      />
    );
  }
  if (listName !== null) {
    return (
      <EmptyState
        icon="contacts"
        title={`${listName} is empty`}
        description="Import a CSV into this list, or select contacts under All contacts and choose Add to list."
        action={<ButtonLink href={contactsHref({ sort: view.sort })}>Show all contacts</ButtonLink>}
      />
    );
  }
  if (view.status === "opted-out") {
    return (
      <EmptyState
        icon="shield"
        title="No one has opted out"
        description="Contacts who reply STOP, or whom you opt out on their page, appear here. They are never sent campaign messages."
      />
    );
  }
  return (
    <EmptyState
      icon="contacts"
      title="No contacts on this page"
      description="The contacts that were here have been deleted or moved. Start again from the first page."
      action={<ButtonLink href={contactsHref(view, { cursor: undefined })}>First page</ButtonLink>}
    />
  );
}
