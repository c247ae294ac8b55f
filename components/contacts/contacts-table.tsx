"use client";

import { flexRender, getCoreRowModel, useReactTable, type RowSelectionState } from "@tanstack/react-table";
import Link from "next/link";
import { useState } from "react";
import dataTable from "@/components/ui/data-table.module.css";
import type { ContactSort } from "@/lib/contacts";
import type { FormAction } from "./action-state";
import { BulkActions } from "./bulk-actions";
import { contactColumns } from "./contact-columns";
import type { ContactTableRow } from "./contact-table-row";
import styles from "./contacts-table.module.css";

/** Where each sortable column's header leads, and which order is showing. */
export type SortLinks = { phone: string; name: string; createdAt: string };

type ContactsTableProps = {
  rows: ContactTableRow[];
  sort: ContactSort;
  sortLinks: SortLinks;
  caption: string;
  lists: { id: string; name: string }[];
  /** The list being shown, so selected contacts can be taken out of it. */
  currentList: { id: string; name: string } | null;
  actions: { add: FormAction; remove: FormAction; delete: FormAction };
};

/** Which column the server sorted by, for aria-sort and the header arrows. */
function sortingOf(sort: ContactSort) {
  if (sort === "newest" || sort === "oldest") return [{ id: "createdAt", desc: sort === "newest" }];
  return [{ id: sort, desc: false }];
}

/**
 * One page of contacts. Paging and sorting happen on the server (keyset
 * cursors and sort links in the URL); the table only selects rows for the
 * bulk actions.
 */
export function ContactsTable({
  rows,
  sort,
  sortLinks,
  caption,
  lists,
  currentList,
  actions,
}: ContactsTableProps) {
  const [rowSelection, setRowSelection] = useState<RowSelectionState>({});
  // TanStack Table's functions cannot be memoized by the React Compiler; this component is simply
  // left uncompiled (the project does not enable the compiler) and re-renders with each page.
  // eslint-disable-next-line react-hooks/incompatible-library
  const table = useReactTable({
    data: rows,
    columns: contactColumns,
    getRowId: (row) => row.id,
    getCoreRowModel: getCoreRowModel(),
    manualPagination: true,
    manualSorting: true,
    enableRowSelection: true,
    state: { rowSelection, sorting: sortingOf(sort) },
    onRowSelectionChange: setRowSelection,
  });
  // Rows that left the page (deleted, or another page loaded) are no longer selected.
  const selectedIds = rows.filter((row) => rowSelection[row.id]).map((row) => row.id);

  return (
    <div className={styles.wrapper}>
      <BulkActions
        selectedIds={selectedIds}
        lists={lists}
        currentList={currentList}
        actions={actions}
        onDone={() => setRowSelection({})}
      />
      <div className={dataTable.scroller}>
        <table className={`${dataTable.table} ${styles.table}`}>
          <caption className="visually-hidden">{caption}</caption>
          <thead>
            {table.getHeaderGroups().map((group) => (
              <tr key={group.id}>
                {group.headers.map((header) => {
                  const sorted = header.column.getIsSorted();
                  const link = sortLinks[header.column.id as keyof SortLinks];
                  const label = flexRender(header.column.columnDef.header, header.getContext());
                  return (
                    <th
                      key={header.id}
                      scope="col"
                      className={header.column.id === "select" ? styles.selectCell : undefined}
                      aria-sort={sorted ? (sorted === "desc" ? "descending" : "ascending") : undefined}
                    >
                      {header.column.getCanSort() && link ? (
                        <Link href={link} className={styles.sortLink}>
                          {label}
                          <span aria-hidden="true" className={styles.sortMark}>
                            {sorted === "desc" ? "↓" : sorted === "asc" ? "↑" : ""}
                          </span>
                        </Link>
                      ) : (
                        label
                      )}
                    </th>
                  );
                })}
              </tr>
            ))}
          </thead>
          <tbody>
            {table.getRowModel().rows.map((row) => (
              <tr key={row.id} data-selected={row.getIsSelected() || undefined}>
                {row.getVisibleCells().map((cell) => (
                  <td key={cell.id} className={cell.column.id === "select" ? styles.selectCell : undefined}>
                    {flexRender(cell.column.columnDef.cell, cell.getContext())}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
