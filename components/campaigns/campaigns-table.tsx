"use client";

import { createColumnHelper, flexRender, getCoreRowModel, useReactTable } from "@tanstack/react-table";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useMemo, useState } from "react";
import { ProgressBar } from "@/components/contacts/import/progress-bar";
import dataTable from "@/components/ui/data-table.module.css";
import { hasStarted, isFinishing, progressPercent } from "./campaign-status";
import { CampaignStatusBadge } from "./campaign-status-badge";
import type { CampaignRow } from "./campaign-row";
import { LiveNote } from "./live-note";
import { latest, type CampaignSnapshot } from "./live-campaign";
import { LocalDateTime } from "./local-date-time";
import { useBrowserTimeZone } from "./use-browser-time-zone";
import { useCampaignEvents } from "./use-campaign-events";
import { useRefreshWhile } from "./use-refresh-while";
import styles from "./campaigns-table.module.css";

type CampaignsTableProps = { campaigns: CampaignRow[] };

const column = createColumnHelper<CampaignRow>();
const countFormat = new Intl.NumberFormat("en");

const columns = [
  column.accessor("name", {
    header: "Campaign",
    cell: ({ row }) => (
      <div className={styles.nameCell}>
        <Link href={`/campaigns/${row.original.id}`} className={styles.name}>
          {row.original.name}
        </Link>
        <span className={styles.sender}>From {row.original.senderId}</span>
      </div>
    ),
  }),
  column.accessor("status", {
    header: "Status",
    cell: ({ getValue }) => <CampaignStatusBadge status={getValue()} />,
  }),
  column.accessor((row) => row.counts.recipients, {
    id: "recipients",
    header: "Recipients",
    cell: ({ row }) =>
      hasStarted(row.original) ? (
        countFormat.format(row.original.counts.recipients)
      ) : (
        <span className={styles.muted}>
          <span aria-hidden="true">–</span>
          <span className="visually-hidden">Counted when it starts</span>
        </span>
      ),
  }),
  column.display({
    id: "progress",
    header: "Progress",
    cell: ({ row }) =>
      hasStarted(row.original) ? (
        <div className={styles.progress}>
          <ProgressBar
            label={`Progress of ${row.original.name}`}
            percent={progressPercent(row.original.counts)}
            tone={
              row.original.status === "failed"
                ? "danger"
                : row.original.status === "completed"
                  ? "success"
                  : "accent"
            }
          />
        </div>
      ) : (
        <span className={styles.muted}>Not started</span>
      ),
  }),
  column.accessor((row) => row.counts.delivered, {
    id: "delivered",
    header: "Delivered",
    cell: ({ row }) => (hasStarted(row.original) ? countFormat.format(row.original.counts.delivered) : null),
  }),
  column.display({
    id: "when",
    header: "When",
    cell: ({ row }) => <When row={row.original} />,
  }),
];

function When({ row }: { row: CampaignRow }) {
  if (row.startedAt) {
    return (
      <span className={styles.when}>
        Started <LocalDateTime iso={row.startedAt} />
      </span>
    );
  }
  if (row.scheduledAt && (row.status === "scheduled" || row.status === "draft")) {
    return (
      <span className={styles.when}>
        {row.status === "scheduled" ? "Sends " : "Planned for "}
        <LocalDateTime iso={row.scheduledAt} />
      </span>
    );
  }
  return <span className={styles.muted}>{row.status === "draft" ? "Not scheduled" : "Never started"}</span>;
}

/**
 * One page of the organization's campaigns (paged by the server, see the
 * page's links). Statuses and counters follow the live events of every
 * campaign, without a reload.
 */
export function CampaignsTable({ campaigns }: CampaignsTableProps) {
  const router = useRouter();
  const zone = useBrowserTimeZone();
  const [live, setLive] = useState<Record<string, CampaignSnapshot>>({});
  const rows = useMemo(
    () =>
      campaigns.map((row) => {
        const current = latest(
          { status: row.status, counts: row.counts, at: row.asOf },
          live[row.id] ?? null,
        );
        return { ...row, status: current.status, counts: current.counts };
      }),
    [campaigns, live],
  );

  const connection = useCampaignEvents({
    campaignId: null,
    onSnapshot: ({ campaignId, ...snapshot }) => {
      const row = rows.find((candidate) => candidate.id === campaignId);
      if (!row) return;
      setLive((previous) => ({ ...previous, [campaignId]: latest(snapshot, previous[campaignId] ?? null) }));
      // A new status brings times the event does not carry (started, completed): read the page again.
      if (snapshot.status !== row.status && Date.parse(snapshot.at) > Date.parse(row.asOf)) router.refresh();
    },
  });

  useRefreshWhile(rows.some((row) => isFinishing(row.status, row.counts)));

  // The React Compiler is not enabled here, and TanStack Table works as documented without it.
  // eslint-disable-next-line react-hooks/incompatible-library
  const table = useReactTable({
    data: rows,
    columns,
    getCoreRowModel: getCoreRowModel(),
    getRowId: (row) => row.id,
    manualPagination: true,
  });

  return (
    <div className={styles.wrapper}>
      <div className={dataTable.scroller}>
        <table className={`${dataTable.table} ${styles.table}`}>
          <caption className="visually-hidden">Campaigns, newest first</caption>
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
                  <td key={cell.id} className={styles[`td_${cell.column.id}`]}>
                    {flexRender(cell.column.columnDef.cell, cell.getContext())}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className={styles.footer}>
        <p className={styles.muted}>
          {zone ? `Times are in your time zone, ${zone}.` : "Times are in UTC until the page has loaded."}
        </p>
        <LiveNote connection={connection} />
      </div>
    </div>
  );
}
