import { Skeleton } from "@/components/ui/skeleton";
import styles from "../inbox.module.css";

/** While a thread loads, the list stays in place beside it. */
export default function ConversationLoading() {
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
