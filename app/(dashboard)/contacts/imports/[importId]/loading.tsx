import { Skeleton } from "@/components/ui/skeleton";
import styles from "./loading.module.css";

export default function ImportLoading() {
  return (
    <div className={styles.loading} role="status">
      <span className="visually-hidden">Loading the import…</span>
      <div className={styles.header}>
        <Skeleton shape="heading" className={styles.title} />
        <Skeleton className={styles.description} />
      </div>
      <Skeleton shape="block" className={styles.progress} />
    </div>
  );
}
