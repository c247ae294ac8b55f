import { ButtonLink } from "@/components/ui/button-link";
import { contactsHref, type ContactsView } from "./contacts-view";
import styles from "./contacts-pager.module.css";

type ContactsPagerProps = {
  view: ContactsView;
  previousCursor: string | null;
  nextCursor: string | null;
};

/** Keyset paging: each link carries the cursor of the page it leads to. */
export function ContactsPager({ view, previousCursor, nextCursor }: ContactsPagerProps) {
  if (!previousCursor && !nextCursor) return null;
  return (
    <nav aria-label="Pages" className={styles.pager}>
      {view.cursor ? (
        <ButtonLink href={contactsHref(view, { cursor: undefined })} variant="ghost" size="sm">
          First page
        </ButtonLink>
      ) : null}
      <span className={styles.spacer} />
      {previousCursor ? (
        <ButtonLink
          href={contactsHref(view, { cursor: previousCursor })}
          variant="secondary"
          size="sm"
          rel="prev"
        >
          Previous page
        </ButtonLink>
      ) : null}
      {nextCursor ? (
        <ButtonLink
          href={contactsHref(view, { cursor: nextCursor })}
          variant="secondary"
          size="sm"
          rel="next"
        >
          Next page
        </ButtonLink>
      ) : null}
    </nav>
  );
}
