import Link from "next/link";
import { Select } from "@/components/ui/select";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { CONTACT_SORTS } from "@/lib/contacts";
import { contactsHref, SORT_LABELS, type ContactsView } from "./contacts-view";
import styles from "./contacts-toolbar.module.css";

/**
 * Search and sort as a plain GET form: the result is a URL that can be
 * shared, reloaded and navigated back to, and it works before JavaScript loads.
 */
export function ContactsToolbar({ view }: { view: ContactsView }) {
  return (
    <form action="/contacts" method="get" role="search" className={styles.toolbar}>
      {view.list ? <input type="hidden" name="list" value={view.list} /> : null}
      {view.status ? <input type="hidden" name="status" value={view.status} /> : null}
      <div className={styles.search}>
        <label htmlFor="contacts-search" className="visually-hidden">
          Search contacts
        </label>
        <Input
          id="contacts-search"
          type="search"
          name="q"
          defaultValue={view.q ?? ""}
          placeholder="Search by phone, name or email"
          aria-describedby="contacts-search-hint"
          maxLength={100}
          autoComplete="off"
        />
        <p id="contacts-search-hint" className="visually-hidden">
          Three characters or more find any part of a phone number, name or email. One or two find a first or
          last name, or the start of a phone number.
        </p>
      </div>
      <div className={styles.sort}>
        <label htmlFor="contacts-sort" className={styles.sortLabel}>
          Sort
        </label>
        <Select id="contacts-sort" name="sort" defaultValue={view.sort}>
          {CONTACT_SORTS.map((sort) => (
            <option key={sort} value={sort}>
              {SORT_LABELS[sort]}
            </option>
          ))}
        </Select>
      </div>
      <Button type="submit" variant="secondary">
        Search
      </Button>
      {view.q ? (
        <Link href={contactsHref(view, { q: undefined, cursor: undefined })} className={styles.clear}>
          Clear search
        </Link>
      ) : null}
    </form>
  );
}
