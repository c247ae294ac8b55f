"use client";

import type { ReactNode } from "react";
import { LiveNote } from "@/components/campaigns/live-note";
import { EmptyState } from "@/components/ui/empty-state";
import { ConversationFiltersBar } from "./conversation-filters";
import { ConversationList } from "./conversation-list";
import { hasFilters } from "./inbox-filters";
import { useInboxList } from "./inbox-provider";
import styles from "./inbox-panes.module.css";

type InboxPanesProps = {
  /** Campaigns that got replies: the campaign filter's choices. */
  campaigns: { id: string; name: string }[];
  /** The thread, or the "choose a conversation" note. */
  children: ReactNode;
};

/**
 * List and thread side by side on wide screens; on narrow ones the list, or
 * the open thread alone (it links back). Before the first reply, the whole
 * inbox says what will arrive here, and turns into the list when it does.
 */
export function InboxPanes({ campaigns, children }: InboxPanesProps) {
  const inbox = useInboxList();
  const threadOpen = inbox.openId !== null;
  if (
    !threadOpen &&
    inbox.status === "ready" &&
    inbox.conversations.length === 0 &&
    !hasFilters(inbox.filters)
  ) {
    return (
      <div className={styles.empty}>
        <EmptyState
          icon="inbox"
          title="No replies yet"
          description="When contacts answer your campaigns or messages, their replies land here, one conversation per person, newest first. Open one to read it and reply."
          points={[
            "Replies from numbers you don't know yet create a new contact.",
            "STOP, UNSUBSCRIBE and similar words opt the number out at once and send one confirmation; START opts it back in.",
            "HELP is answered with your organization's help text.",
          ]}
        />
        <LiveNote connection={inbox.connection} />
      </div>
    );
  }
  return (
    <div className={styles.inbox} data-thread-open={threadOpen || undefined}>
      <section aria-labelledby="inbox-list-title" className={styles.listPane}>
        <h2 id="inbox-list-title" className="visually-hidden">
          Conversations
        </h2>
        <ConversationFiltersBar filters={inbox.filters} campaigns={campaigns} />
        <div className={styles.listScroll}>
          <ConversationList />
        </div>
      </section>
      <div className={styles.threadPane}>{children}</div>
    </div>
  );
}
