import type { Metadata } from "next";
import { Icon } from "@/components/ui/icon";
import { requireSession } from "@/lib/auth/server";
import styles from "./inbox.module.css";

export const metadata: Metadata = { title: "Inbox" };

/** Beside the list on wide screens, until a conversation is chosen (narrow screens show only the list). */
export default async function InboxPage() {
  await requireSession();
  return (
    <div className={styles.choose}>
      <Icon name="inbox" size={24} />
      <p className={styles.chooseTitle}>Choose a conversation</p>
      <p className={styles.muted}>Its messages open here, with a box to reply.</p>
    </div>
  );
}
