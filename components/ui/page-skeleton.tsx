import type { CSSProperties } from "react";
import { Skeleton } from "./skeleton";
import styles from "./page-skeleton.module.css";

type PageSkeletonProps = {
  /** Announced to screen readers while the page loads ("Loading contacts…"). */
  label: string;
  /** Widths of the heading and description placeholders, as CSS lengths ("min(16rem, 70%)"). */
  titleWidth: string;
  descriptionWidth: string;
  /**
   * What stands for the page's content:
   * - `blocks`: one block per entry, each its height in pixels (undefined keeps the default);
   * - `cards`: a row of four stat cards over a panel (the dashboard);
   * - `table`: a side navigation beside a toolbar and table rows (the contacts pages).
   */
  content: { blocks: (number | undefined)[] } | "cards" | "table";
};

const TABLE_ROWS = 8;

/** The placeholder page shown by a route's loading.tsx: a page header and its content's outline. */
export function PageSkeleton({ label, titleWidth, descriptionWidth, content }: PageSkeletonProps) {
  const widths = { "--title-width": titleWidth, "--description-width": descriptionWidth } as CSSProperties;
  return (
    <div className={styles.loading} style={widths} role="status">
      <span className="visually-hidden">{label}</span>
      <div className={styles.header}>
        <Skeleton shape="heading" className={styles.title} />
        <Skeleton className={styles.description} />
      </div>
      {content === "cards" ? (
        <>
          <div className={styles.cards}>
            <Skeleton shape="block" />
            <Skeleton shape="block" />
            <Skeleton shape="block" />
            <Skeleton shape="block" />
          </div>
          <Skeleton shape="block" className={styles.panel} />
        </>
      ) : content === "table" ? (
        <div className={styles.layout}>
          <div className={styles.nav}>
            <Skeleton />
            <Skeleton />
            <Skeleton />
            <Skeleton />
          </div>
          <div className={styles.table}>
            <Skeleton shape="block" className={styles.toolbar} />
            {Array.from({ length: TABLE_ROWS }, (_, index) => (
              <Skeleton key={index} className={styles.row} />
            ))}
          </div>
        </div>
      ) : (
        content.blocks.map((height, index) => (
          <Skeleton key={index} shape="block" style={height ? { height } : undefined} />
        ))
      )}
    </div>
  );
}
