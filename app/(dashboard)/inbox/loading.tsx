import { Skeleton } from "@/components/ui/skeleton";
import styles from "./inbox.module.css";

/**
 * Shown in the thread's place (the layout, with the list, stays) while a
 * conversation or the "choose one" note loads. The layout itself waits under
 * the dashboard's loading page.
 */
export default function InboxLoading() {
  return (
    <div role="status" className={styles.threadLoading}>
      <span className="visually-hidden">Loading the conversation…</span>
      <Skeleton shape="heading" className={styles.skeletonTitle} />
      <Skeleton shape="block" style={{ height: 48, width: "60%" }} />
      <Skeleton shape="block" style={{ height: 48, width: "50%", marginLeft: "auto" }} />
      <Skeleton shape="block" style={{ height: 48, width: "55%" }} />
    </div>
  );
}
