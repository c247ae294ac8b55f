import Link from "next/link";
import dataTable from "@/components/ui/data-table.module.css";
import type { ContactListSummary } from "@/lib/contacts";
import type { FormAction } from "./action-state";
import { ListRowActions } from "./list-row-actions";
import styles from "./list-forms.module.css";

const numberFormat = new Intl.NumberFormat("en");
const dateFormat = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeZone: "UTC" });

type ListsTableProps = {
  lists: ContactListSummary[];
  actions: { rename: FormAction; delete: FormAction };
};

/** Every list with its size; an organization has tens of lists, so all of them are shown at once. */
export function ListsTable({ lists, actions }: ListsTableProps) {
  return (
    <div className={dataTable.scroller}>
      <table className={dataTable.table}>
        <caption className="visually-hidden">Lists, by name</caption>
        <thead>
          <tr>
            <th scope="col">List</th>
            <th scope="col" className={styles.number}>
              Contacts
            </th>
            <th scope="col">Created</th>
            <th scope="col">
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {lists.map((list) => (
            <tr key={list.id}>
              <td>
                <Link href={`/contacts?list=${list.id}`} className={styles.name}>
                  {list.name}
                </Link>
                {list.description ? <p className={styles.description}>{list.description}</p> : null}
              </td>
              <td className={styles.number}>{numberFormat.format(list.memberCount)}</td>
              <td className={styles.muted}>
                <time dateTime={list.createdAt.toISOString()}>{dateFormat.format(list.createdAt)}</time>
              </td>
              <td>
                <ListRowActions
                  list={{ id: list.id, name: list.name, memberCount: list.memberCount }}
                  actions={actions}
                />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
