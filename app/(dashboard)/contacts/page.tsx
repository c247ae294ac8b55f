import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { toContactTableRow } from "@/components/contacts/contact-table-row";
import { ContactsEmptyState } from "@/components/contacts/contacts-empty-state";
import { ContactsNav } from "@/components/contacts/contacts-nav";
import { ContactsPager } from "@/components/contacts/contacts-pager";
import { ContactsTable } from "@/components/contacts/contacts-table";
import { ContactsToolbar } from "@/components/contacts/contacts-toolbar";
import { contactsHref, SORT_LABELS } from "@/components/contacts/contacts-view";
import { formatCount } from "@/components/contacts/format-count";
import { Alert } from "@/components/ui/alert";
import { ButtonLink } from "@/components/ui/button-link";
import { Icon } from "@/components/ui/icon";
import { PageHeader } from "@/components/ui/page-header";
import { requireSession } from "@/lib/auth/server";
import { getContactCount, listContactLists } from "@/lib/contacts";
import { addContactsToListAction, deleteContactsAction, removeContactsFromListAction } from "./actions";
import { readContactsView, type SearchParams } from "./contacts-search-params";
import { loadContactsPage } from "./load-contacts-page";
import styles from "./contacts.module.css";

export const metadata: Metadata = { title: "Contacts" };

export default async function ContactsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const session = await requireSession();
  const view = readContactsView(await searchParams);
  const [totalContacts, lists] = await Promise.all([
    getContactCount({ orgId: session.orgId }),
    listContactLists({ orgId: session.orgId }),
  ]);
  const currentList = view.list ? lists.find((list) => list.id === view.list) : null;
  if (currentList === undefined) notFound();
  const page = await loadContactsPage(session.orgId, view);

  const header = (
    <PageHeader
      title="Contacts"
      description={`${formatCount(totalContacts, "contact")} in ${session.orgName}.`}
      actions={
        <>
          <ButtonLink href="/contacts/lists">Manage lists</ButtonLink>
          <ButtonLink href="/contacts/import" variant="primary">
            <Icon name="upload" size={16} />
            Import CSV
          </ButtonLink>
        </>
      }
    />
  );
  if (totalContacts === 0 && page.contacts.length === 0) {
    return (
      <>
        {header}
        <ContactsEmptyState view={view} totalContacts={0} listName={null} />
      </>
    );
  }

  const title = currentList?.name ?? (view.status === "opted-out" ? "Opted out" : "All contacts");
  const summary = currentList
    ? formatCount(currentList.memberCount, "contact")
    : view.status === "opted-out"
      ? "Never sent campaign messages."
      : formatCount(totalContacts, "contact");
  const base = { ...view, cursor: undefined };
  return (
    <>
      {header}
      <div className={styles.layout}>
        <ContactsNav view={view} totalContacts={totalContacts} lists={lists} />
        <section aria-labelledby="contacts-view-title" className={styles.main}>
          <div className={styles.viewHeader}>
            <h2 id="contacts-view-title" className={styles.viewTitle}>
              {title}
            </h2>
            <p className={styles.viewSummary}>{summary}</p>
          </div>
          <ContactsToolbar view={view} />
          {page.staleCursor ? (
            <Alert tone="warning" title="This page link is out of date">
              The contacts have changed since it was made.{" "}
              <a href={contactsHref(base)}>Go to the first page</a>.
            </Alert>
          ) : page.contacts.length === 0 ? (
            <ContactsEmptyState
              view={view}
              totalContacts={totalContacts}
              listName={currentList?.name ?? null}
            />
          ) : (
            <>
              <ContactsTable
                key={view.cursor ?? "first"}
                rows={page.contacts.map(toContactTableRow)}
                sort={view.sort}
                sortLinks={{
                  createdAt: contactsHref(base, { sort: view.sort === "newest" ? "oldest" : "newest" }),
                  name: contactsHref(base, { sort: "name" }),
                  phone: contactsHref(base, { sort: "phone" }),
                }}
                caption={`${title}${view.q ? `, matching “${view.q}”` : ""}, ${SORT_LABELS[view.sort].toLowerCase()}`}
                lists={lists}
                currentList={currentList}
                actions={{
                  add: addContactsToListAction,
                  remove: removeContactsFromListAction,
                  delete: deleteContactsAction,
                }}
              />
              <ContactsPager view={view} previousCursor={page.previousCursor} nextCursor={page.nextCursor} />
            </>
          )}
        </section>
      </div>
    </>
  );
}
