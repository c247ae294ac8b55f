"use client";

import { createColumnHelper } from "@tanstack/react-table";
import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import type { ContactTableRow } from "./contact-table-row";
import styles from "./contacts-table.module.css";

const column = createColumnHelper<ContactTableRow>();

/** How many list names a row shows before "+N more". */
const SHOWN_LISTS = 1;

export const contactColumns = [
  column.display({
    id: "select",
    header: ({ table }) => (
      <input
        type="checkbox"
        className={styles.checkbox}
        aria-label="Select all contacts on this page"
        checked={table.getIsAllRowsSelected()}
        ref={(input) => {
          if (input) input.indeterminate = table.getIsSomeRowsSelected();
        }}
        onChange={table.getToggleAllRowsSelectedHandler()}
      />
    ),
    cell: ({ row }) => (
      <input
        type="checkbox"
        className={styles.checkbox}
        aria-label={`Select ${row.original.name ?? row.original.phone}`}
        checked={row.getIsSelected()}
        onChange={row.getToggleSelectedHandler()}
      />
    ),
  }),
  column.accessor("phone", {
    header: "Phone",
    enableSorting: true,
    cell: ({ row }) => (
      <Link href={`/contacts/${row.original.id}`} className={styles.phone}>
        {row.original.phone}
      </Link>
    ),
  }),
  column.accessor("name", {
    header: "Name",
    enableSorting: true,
    cell: ({ getValue }) => getValue() ?? <span className={styles.missing}>No name</span>,
  }),
  column.accessor("email", {
    header: "Email",
    enableSorting: false,
    cell: ({ getValue }) => {
      const email = getValue();
      if (email === null) return <span className={styles.missing}>—</span>;
      return (
        <span className={styles.email} title={email}>
          {email}
        </span>
      );
    },
  }),
  column.accessor("lists", {
    header: "Lists",
    enableSorting: false,
    cell: ({ getValue }) => {
      const lists = getValue();
      if (lists.length === 0) return <span className={styles.missing}>—</span>;
      const more = lists.length - SHOWN_LISTS;
      return (
        <span className={styles.lists}>
          {lists.slice(0, SHOWN_LISTS).map((list) => (
            <Badge key={list.id}>{list.name}</Badge>
          ))}
          {more > 0 ? <span className={styles.more}>+{more} more</span> : null}
        </span>
      );
    },
  }),
  column.accessor("optedOut", {
    header: "Opt-out",
    enableSorting: false,
    // Only the exception is marked, so it stands out in a long table.
    cell: ({ getValue }) =>
      getValue() ? (
        <Badge tone="danger">Opted out</Badge>
      ) : (
        <span className="visually-hidden">Subscribed</span>
      ),
  }),
  column.accessor("createdAt", {
    header: "Added",
    enableSorting: true,
    cell: ({ row }) => <time dateTime={row.original.createdAt}>{row.original.createdLabel}</time>,
  }),
];
