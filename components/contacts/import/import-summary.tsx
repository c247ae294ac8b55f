import { Alert } from "@/components/ui/alert";
import { ButtonLink } from "@/components/ui/button-link";
import { buttonClassName } from "@/components/ui/button-class-name";
import type { ImportProgressEvent } from "@/lib/events";
import styles from "./import-progress.module.css";

const countFormat = new Intl.NumberFormat("en");

function count(value: number, one: string, many: string): string {
  return `${countFormat.format(value)} ${value === 1 ? one : many}`;
}

type ImportSummaryProps = {
  progress: ImportProgressEvent;
  list: { id: string; name: string } | null;
};

/** The result of a finished import in one sentence, with what to do next. */
export function ImportSummary({ progress, list }: ImportSummaryProps) {
  const into = list ? ` into ${list.name}` : "";
  const parts = [
    `${count(progress.imported, "new contact", "new contacts")} imported${into}`,
    progress.updated > 0 ? `${count(progress.updated, "contact", "contacts")} updated` : null,
    progress.duplicates > 0
      ? `${count(progress.duplicates, "duplicate", "duplicates")} not added twice`
      : null,
    progress.invalid > 0 ? `${count(progress.invalid, "row", "rows")} rejected` : null,
  ].filter(Boolean);

  return (
    <Alert tone={progress.invalid > 0 ? "warning" : "success"} title="Import finished">
      <p>{parts.join("; ")}.</p>
      {progress.invalid > 0 ? (
        <p className={styles.summaryNote}>
          The rejected rows are in a file with each row&apos;s line number and the reason. Fix them and import
          that file again.
        </p>
      ) : null}
      <div className={styles.summaryActions}>
        {list ? (
          <ButtonLink href={`/contacts?list=${encodeURIComponent(list.id)}`} variant="primary" size="sm">
            View contacts
          </ButtonLink>
        ) : null}
        {progress.invalid > 0 ? (
          // A plain link: the answer is a file download, not a page for the router.
          <a
            href={`/api/contacts/imports/${encodeURIComponent(progress.importId)}/rejected`}
            download
            className={buttonClassName({ size: "sm" })}
          >
            Download rejected rows ({countFormat.format(progress.invalid)})
          </a>
        ) : null}
      </div>
    </Alert>
  );
}
