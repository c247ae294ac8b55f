"use client";

import { createColumnHelper, flexRender, getCoreRowModel, useReactTable } from "@tanstack/react-table";
import Link from "next/link";
import { useMemo, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import dataTable from "@/components/ui/data-table.module.css";
import { segmentCount } from "./counter-summary";
import { LocalTime } from "./local-time";
import type { SavedTemplate, TemplateRowAction } from "./template-action-result";
import { TemplateRowActions } from "./template-row-actions";
import styles from "./templates-table.module.css";

/** One row as the page hands it over (plain data: dates as ISO strings). */
export type TemplateRow = {
  id: string;
  name: string;
  body: string;
  encoding: "GSM-7" | "UCS-2";
  segments: number;
  updatedAt: string;
};

type TemplatesTableProps = {
  templates: TemplateRow[];
  duplicateAction: TemplateRowAction<SavedTemplate>;
  deleteAction: TemplateRowAction<null>;
};

const column = createColumnHelper<TemplateRow>();

/** The organization's templates: one page of them, paged by the server (see the page's links). */
export function TemplatesTable({ templates, duplicateAction, deleteAction }: TemplatesTableProps) {
  const [notice, setNotice] = useState<{ tone: "success" | "error"; text: string } | null>(null);

  const columns = useMemo(
    () => [
      column.accessor("name", {
        header: "Template",
        cell: ({ row }) => (
          <div className={styles.nameCell}>
            <Link href={`/templates/${row.original.id}`} className={styles.name}>
              {row.original.name}
            </Link>
            <p className={styles.body}>{row.original.body}</p>
          </div>
        ),
      }),
      column.accessor("segments", {
        header: "Length as written",
        cell: ({ row }) => (
          <Badge tone={row.original.encoding === "UCS-2" ? "warning" : "neutral"}>
            {`${row.original.encoding} · ${segmentCount(row.original.segments)}`}
          </Badge>
        ),
      }),
      column.accessor("updatedAt", {
        header: "Updated",
        cell: ({ getValue }) => <LocalTime iso={getValue()} />,
      }),
      column.display({
        id: "actions",
        header: () => <span className="visually-hidden">Actions</span>,
        cell: ({ row }) => (
          <TemplateRowActions
            template={row.original}
            duplicateAction={duplicateAction}
            deleteAction={deleteAction}
            onNotice={setNotice}
          />
        ),
      }),
    ],
    [duplicateAction, deleteAction],
  );

  // The React Compiler is not enabled here, and TanStack Table works as documented without it.
  // eslint-disable-next-line react-hooks/incompatible-library
  const table = useReactTable({
    data: templates,
    columns,
    getCoreRowModel: getCoreRowModel(),
    getRowId: (row) => row.id,
    manualPagination: true,
  });

  return (
    <div className={styles.wrapper}>
      <div role="status" aria-atomic="true">
        {notice ? <Alert tone={notice.tone}>{notice.text}</Alert> : null}
      </div>
      <div className={dataTable.scroller}>
        <table className={`${dataTable.table} ${styles.table}`}>
          <thead>
            {table.getHeaderGroups().map((group) => (
              <tr key={group.id}>
                {group.headers.map((header) => (
                  <th key={header.id} scope="col" className={styles[`th_${header.column.id}`]}>
                    {flexRender(header.column.columnDef.header, header.getContext())}
                  </th>
                ))}
              </tr>
            ))}
          </thead>
          <tbody>
            {table.getRowModel().rows.map((row) => (
              <tr key={row.id}>
                {row.getVisibleCells().map((cell) => (
                  <td key={cell.id}>{flexRender(cell.column.columnDef.cell, cell.getContext())}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
