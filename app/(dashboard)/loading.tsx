import { Skeleton } from "@/components/ui/skeleton";
import styles from "./loading.module.css";

export default function DashboardLoading() {
  return (
    <div className={styles.loading} role="status">
      <span className="visually-hidden">Loading…</span>
      <div className={styles.header}>
        <Skeleton shape="heading" className={styles.title} />
        <Skeleton className={styles.description} />
      </div>
      <div className={styles.cards}>
        <Skeleton shape="block" />
        <Skeleton shape="block" />
        <Skeleton shape="block" />
        <Skeleton shape="block" />
      </div>
      <Skeleton shape="block" className={styles.panel} />
    </div>
  );
}
