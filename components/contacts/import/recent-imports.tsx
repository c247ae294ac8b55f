import Link from "next/link";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import type { ImportProgressEvent } from "@/lib/events";
import { ImportStatusBadge } from "./import-status-badge";
import styles from "./recent-imports.module.css";

export type RecentImport = {
  id: string;
  fileName: string;
  createdAt: Date;
  list: { id: string; name: string } | null;
  progress: ImportProgressEvent;
};

type RecentImportsProps = {
  imports: RecentImport[];
  /** The organization's time zone, so times read the same for everyone in it. */
  timeZone: string;
};

const countFormat = new Intl.NumberFormat("en");

function countsText(progress: ImportProgressEvent): string {
  const parts = [`${countFormat.format(progress.imported)} imported`];
  if (progress.updated > 0) parts.push(`${countFormat.format(progress.updated)} updated`);
  if (progress.duplicates > 0) {
    parts.push(
      `${countFormat.format(progress.duplicates)} ${progress.duplicates === 1 ? "duplicate" : "duplicates"}`,
    );
  }
  if (progress.invalid > 0) parts.push(`${countFormat.format(progress.invalid)} invalid`);
  return parts.join(" · ");
}

function resultText(progress: ImportProgressEvent): string {
  switch (progress.status) {
    case "uploading":
      return "The file has not finished uploading";
    case "pending":
      return "Waiting for a worker";
    case "failed":
      return progress.error ?? "The import stopped";
    default:
      return countsText(progress);
  }
}

/** The organization's latest imports, each linking to its progress page and results. */
export function RecentImports({ imports, timeZone }: RecentImportsProps) {
  const timeFormat = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone });
  return (
    <Card
      as="section"
      title="Recent imports"
      description="Open one to follow its progress or download its rejected rows."
    >
      {imports.length === 0 ? (
        <EmptyState
          icon="upload"
          headingLevel={3}
          title="No imports yet"
          description="Files you import appear here with their progress, their counts and the rows that could not be used."
        />
      ) : (
        <ul role="list" className={styles.list}>
          {imports.map((item) => (
            <li key={item.id} className={styles.item}>
              <div className={styles.main}>
                <Link href={`/contacts/imports/${item.id}`} className={styles.fileName}>
                  {item.fileName}
                </Link>
                <span className={styles.meta}>
                  {item.list ? `Into ${item.list.name}` : "List deleted"} ·{" "}
                  <time dateTime={item.createdAt.toISOString()}>{timeFormat.format(item.createdAt)}</time>
                </span>
              </div>
              <span className={styles.counts}>{resultText(item.progress)}</span>
              <span className={styles.status}>
                <ImportStatusBadge status={item.progress.status} />
              </span>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
