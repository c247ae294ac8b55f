import { Skeleton } from "@/components/ui/skeleton";
import styles from "./templates.module.css";

/** While templates load: the header and a few rows' worth of placeholders. */
export default function TemplatesLoading() {
  return (
    <div className={styles.loading} role="status">
      <span className="visually-hidden">Loading templates…</span>
      <Skeleton shape="heading" className={styles.loadingTitle} />
      <Skeleton className={styles.loadingLine} />
      <Skeleton shape="block" className={styles.loadingTable} />
    </div>
  );
}
