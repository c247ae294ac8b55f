"use client";

import Link from "next/link";
import { LiveNote } from "@/components/campaigns/live-note";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { ButtonLink } from "@/components/ui/button-link";
import { Skeleton } from "@/components/ui/skeleton";
import type { ConversationItem } from "./inbox-data";
import { hasFilters } from "./inbox-filters";
import { useInboxList } from "./inbox-provider";
import { MessageTime } from "./message-time";
import styles from "./conversation-list.module.css";

/** The conversations, latest message first, with "Load more" (keyset pages) and live updates. */
export function ConversationList() {
  const inbox = useInboxList();
  const { status, conversations, filters } = inbox;

  if (status === "loading") {
    return (
      <div role="status" className={styles.loading}>
        <span className="visually-hidden">Loading conversations…</span>
        {Array.from({ length: 6 }, (_, index) => (
          <div key={index} className={styles.skeletonRow}>
            <Skeleton className={styles.skeletonName} />
            <Skeleton />
          </div>
        ))}
      </div>
    );
  }
  if (status === "error") {
    return (
      <div className={styles.message}>
        <Alert tone="error" title="Conversations couldn't be loaded" role="alert">
          {inbox.error}
        </Alert>
        <Button onClick={inbox.retry}>Try again</Button>
      </div>
    );
  }
  if (conversations.length === 0) {
    return (
      <div className={styles.message}>
        <p className={styles.emptyTitle}>
          {hasFilters(filters) ? "No conversations match" : "No conversations yet"}
        </p>
        <p className={styles.muted}>
          {filters.q
            ? "Search looks at phone numbers and names. Try part of a number without spaces, or a last name."
            : filters.unread
              ? "Every conversation here has been read."
              : filters.campaign
                ? "Nobody has replied to this campaign yet."
                : "Replies to your campaigns appear here as they arrive."}
        </p>
        {hasFilters(filters) ? (
          <ButtonLink href={inbox.openId ? `/inbox/${inbox.openId}` : "/inbox"} size="sm">
            Clear filters
          </ButtonLink>
        ) : null}
        <LiveNote connection={inbox.connection} />
      </div>
    );
  }

  return (
    <div className={styles.wrapper}>
      <ul role="list" className={styles.list}>
        {conversations.map((conversation) => (
          <li key={conversation.id}>
            <ConversationLink
              conversation={conversation}
              href={`/inbox/${conversation.id}${inbox.query}`}
              open={conversation.id === inbox.openId}
            />
          </li>
        ))}
      </ul>
      <div className={styles.footer}>
        {inbox.moreError ? (
          <Alert tone="error" role="alert">
            {inbox.moreError}
          </Alert>
        ) : null}
        {inbox.hasMore ? (
          <Button size="sm" fullWidth pending={inbox.loadingMore} onClick={inbox.loadMore}>
            {inbox.loadingMore ? "Loading…" : "Load more"}
          </Button>
        ) : conversations.length > 10 ? (
          <p className={styles.muted}>
            That is every conversation{hasFilters(filters) ? " that matches" : ""}.
          </p>
        ) : null}
        <LiveNote connection={inbox.connection} />
      </div>
    </div>
  );
}

function ConversationLink({
  conversation,
  href,
  open,
}: {
  conversation: ConversationItem;
  href: string;
  open: boolean;
}) {
  const unread = conversation.unreadCount > 0;
  return (
    <Link
      href={href}
      scroll={false}
      className={styles.item}
      aria-current={open ? "page" : undefined}
      data-unread={unread || undefined}
    >
      <span className={styles.top}>
        <span className={styles.name}>{conversation.name}</span>
        <span className={styles.time}>
          <MessageTime iso={conversation.lastMessageAt} style="list" />
        </span>
      </span>
      {conversation.hasName ? <span className={styles.phone}>{conversation.phone}</span> : null}
      <span className={styles.bottom}>
        <span className={styles.preview}>{conversation.preview || "(empty message)"}</span>
        {unread ? (
          <span className={styles.unreadBadge}>
            {conversation.unreadCount}
            <span className="visually-hidden"> unread</span>
          </span>
        ) : null}
      </span>
      {conversation.optedOut || conversation.campaign ? (
        <span className={styles.tags}>
          {conversation.optedOut ? <span className={styles.optedOut}>Opted out</span> : null}
          {conversation.campaign ? (
            <span className={styles.campaign}>
              <span className="visually-hidden">Campaign: </span>
              {conversation.campaign.name}
            </span>
          ) : null}
        </span>
      ) : null}
    </Link>
  );
}
