import Link from "next/link";
import type { ContactListSummary } from "@/lib/contacts";
import { contactsHref, type ContactsView } from "./contacts-view";
import styles from "./contacts-nav.module.css";

const numberFormat = new Intl.NumberFormat("en");

type ContactsNavProps = {
  view: ContactsView;
  totalContacts: number;
  lists: ContactListSummary[];
};

/** The contact views: everyone, the opted-out, and each list with its member count. */
export function ContactsNav({ view, totalContacts, lists }: ContactsNavProps) {
  // Changing view starts from its first page and keeps the search and sort.
  const base = { ...view, cursor: undefined };
  const isAll = !view.list && !view.status;
  return (
    <nav aria-label="Contact views" className={styles.nav}>
      <ul role="list" className={styles.group}>
        <NavItem
          href={contactsHref(base, { list: undefined, status: undefined })}
          current={isAll}
          count={totalContacts}
        >
          All contacts
        </NavItem>
        <NavItem
          href={contactsHref(base, { list: undefined, status: "opted-out" })}
          current={view.status === "opted-out" && !view.list}
        >
          Opted out
        </NavItem>
      </ul>
      <h2 className={styles.heading} id="contacts-nav-lists">
        Lists
      </h2>
      {lists.length > 0 ? (
        <ul role="list" className={styles.group} aria-labelledby="contacts-nav-lists">
          {lists.map((list) => (
            <NavItem
              key={list.id}
              href={contactsHref(base, { list: list.id, status: undefined })}
              current={view.list === list.id}
              count={list.memberCount}
            >
              {list.name}
            </NavItem>
          ))}
        </ul>
      ) : (
        <p className={styles.none}>No lists yet.</p>
      )}
      <Link href="/contacts/lists" className={styles.manage}>
        Manage lists
      </Link>
    </nav>
  );
}

function NavItem({
  href,
  current,
  count,
  children,
}: {
  href: string;
  current: boolean;
  count?: number;
  children: string;
}) {
  return (
    <li>
      <Link href={href} className={styles.item} aria-current={current ? "page" : undefined}>
        <span className={styles.label}>{children}</span>
        {count !== undefined ? (
          <span className={styles.count}>
            {numberFormat.format(count)}
            <span className="visually-hidden"> contacts</span>
          </span>
        ) : null}
      </Link>
    </li>
  );
}
