import { Skeleton } from "@/components/ui/skeleton";
import styles from "./editor-skeleton.module.css";

/** The editor's shape while its page loads. */
export function EditorSkeleton() {
  return (
    <div className={styles.skeleton} role="status">
      <span className="visually-hidden">Loading the editor…</span>
      <Skeleton shape="heading" className={styles.title} />
      <div className={styles.columns}>
        <Skeleton shape="block" className={styles.form} />
        <Skeleton shape="block" className={styles.preview} />
      </div>
    </div>
  );
}
