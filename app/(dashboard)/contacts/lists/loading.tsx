import { Skeleton } from "@/components/ui/skeleton";
import styles from "../loading.module.css";

export default function ListsLoading() {
  return (
    <div className={styles.loading} role="status">
      <span className="visually-hidden">Loading lists…</span>
      <div className={styles.header}>
        <Skeleton shape="heading" className={styles.title} />
        <Skeleton className={styles.description} />
      </div>
      <Skeleton shape="block" />
    </div>
  );
}
