import { Skeleton } from "@/components/ui/skeleton";
import styles from "./loading.module.css";

const ROWS = 8;

export default function ContactsLoading() {
  return (
    <div className={styles.loading} role="status">
      <span className="visually-hidden">Loading contacts…</span>
      <div className={styles.header}>
        <Skeleton shape="heading" className={styles.title} />
        <Skeleton className={styles.description} />
      </div>
      <div className={styles.layout}>
        <div className={styles.nav}>
          <Skeleton />
          <Skeleton />
          <Skeleton />
          <Skeleton />
        </div>
        <div className={styles.table}>
          <Skeleton shape="block" className={styles.toolbar} />
          {Array.from({ length: ROWS }, (_, index) => (
            <Skeleton key={index} className={styles.row} />
          ))}
        </div>
      </div>
    </div>
  );
}
