import { Skeleton } from "@/components/ui/skeleton";
import styles from "../loading.module.css";

export default function ContactLoading() {
  return (
    <div className={styles.loading} role="status">
      <span className="visually-hidden">Loading contact…</span>
      <div className={styles.header}>
        <Skeleton shape="heading" className={styles.title} />
        <Skeleton className={styles.description} />
      </div>
      <Skeleton shape="block" />
      <Skeleton shape="block" />
    </div>
  );
}
