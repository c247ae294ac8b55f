"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useEffect, useEffectEvent, useLayoutEffect, useRef, useState } from "react";
import { LiveNote } from "@/components/campaigns/live-note";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import type { InboxActions } from "./inbox-action-result";
import type { ThreadConversation, ThreadMessage } from "./inbox-data";
import { useInboxList } from "./inbox-provider";
import { MessageBubble } from "./message-bubble";
import { mergeMessages, settlePending } from "./merge-messages";
import { ReplyBox } from "./reply-box";
import { useConversationEvents } from "./use-conversation-events";
import styles from "./conversation-thread.module.css";

/** Status updates come one after another (queued, submitted, delivered); one read answers a burst. */
const RELOAD_DELAY_MS = 150;
const SEND_FAILED = "The reply could not be sent. Check your connection and try again.";

type ConversationThreadProps = {
  conversation: ThreadConversation;
  /** Newest first. */
  messages: ThreadMessage[];
  nextBefore: string | null;
  actions: Pick<InboxActions, "loadThread" | "markRead" | "markUnread" | "sendReply">;
};

/**
 * One conversation: its messages as chat bubbles, oldest at the top, kept
 * live over the conversation's event topic, and the reply box. Opening it
 * reads it (and a message arriving while it is open is read too).
 */
export function ConversationThread({
  conversation: initial,
  messages: initialMessages,
  nextBefore: initialBefore,
  actions,
}: ConversationThreadProps) {
  const router = useRouter();
  const inbox = useInboxList();
  const conversationId = initial.id;
  const [conversation, setConversation] = useState(initial);
  const [messages, setMessages] = useState(initialMessages);
  const [nextBefore, setNextBefore] = useState(initialBefore);
  const [older, setOlder] = useState<{ loading: boolean; error: string | null }>({
    loading: false,
    error: null,
  });
  const [notice, setNotice] = useState<string | null>(null);
  const [markingUnread, setMarkingUnread] = useState(false);
  const [reloads, setReloads] = useState(0);
  const pendingCount = useRef(0);
  const endRef = useRef<HTMLLIElement>(null);
  const newestShown = useRef<string | null>(null);
  const scrollerRef = useRef<HTMLDivElement>(null);
  /** Before older messages are added above: how far the view was from the bottom, to stay on the same message. */
  const keepFromBottom = useRef<{ pane: boolean; distance: number } | null>(null);

  function markRead() {
    actions.markRead(conversationId).then(
      (result) => {
        if (result.ok) inbox.patch(conversationId, { unreadCount: 0 });
      },
      (error: unknown) => console.error("marking the conversation read failed", error),
    );
  }
  const markReadOnOpen = useEffectEvent(markRead);

  // Opening the conversation reads it.
  useEffect(() => markReadOnOpen(), [conversationId]);

  // A live update: read the newest messages (and the contact's opt-out) again.
  useEffect(() => {
    if (reloads === 0) return;
    let cancelled = false;
    const timer = setTimeout(() => {
      actions.loadThread(conversationId, null).then(
        (result) => {
          if (cancelled || !result.ok) return;
          setConversation(result.value.conversation);
          setMessages((shown) => mergeMessages(shown, result.value.messages));
        },
        (error: unknown) => console.error("reloading the conversation failed", error),
      );
    }, RELOAD_DELAY_MS);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [reloads, conversationId, actions]);

  const connection = useConversationEvents({
    conversationId,
    onUpdate: (update) => {
      setReloads((n) => n + 1);
      if (update.direction === "inbound" && document.visibilityState === "visible") markRead();
    },
    onCatchUp: () => setReloads((n) => n + 1),
  });

  // A new message at the bottom (received, or sent from here) scrolls into view; older ones loaded at the top do not.
  const newest = messages[0]?.id ?? null;
  useLayoutEffect(() => {
    if (newest !== newestShown.current) endRef.current?.scrollIntoView({ block: "end" });
    newestShown.current = newest;
  }, [newest]);

  const oldest = messages.at(-1)?.id ?? null;
  useLayoutEffect(() => {
    const kept = keepFromBottom.current;
    const pane = scrollerRef.current;
    if (!kept || !pane) return;
    keepFromBottom.current = null;
    if (kept.pane) pane.scrollTop = pane.scrollHeight - kept.distance;
    else window.scrollTo({ top: document.documentElement.scrollHeight - kept.distance });
  }, [oldest]);

  async function loadOlder() {
    if (older.loading || nextBefore === null) return;
    setOlder({ loading: true, error: null });
    const result = await actions.loadThread(conversationId, nextBefore).catch(() => null);
    if (!result?.ok) {
      setOlder({
        loading: false,
        error: result?.message ?? "Older messages could not be loaded. Try again.",
      });
      return;
    }
    setOlder({ loading: false, error: null });
    const pane = scrollerRef.current;
    // The pane scrolls on wide screens; on narrow ones the page does.
    keepFromBottom.current =
      pane && pane.scrollHeight > pane.clientHeight
        ? { pane: true, distance: pane.scrollHeight - pane.scrollTop }
        : { pane: false, distance: document.documentElement.scrollHeight - window.scrollY };
    setMessages((shown) => mergeMessages(shown, result.value.messages));
    setNextBefore(result.value.nextBefore);
  }

  async function markUnread() {
    setMarkingUnread(true);
    const result = await actions.markUnread(conversationId).catch(() => null);
    setMarkingUnread(false);
    if (!result?.ok) {
      setNotice(result?.message ?? "The conversation could not be marked unread. Try again.");
      return;
    }
    inbox.patch(conversationId, { unreadCount: 1 });
    router.push(`/inbox${inbox.query}`, { scroll: false });
  }

  async function send(body: string) {
    const pendingId = `pending-${++pendingCount.current}`;
    const pending: ThreadMessage = {
      id: pendingId,
      direction: "outbound",
      status: "queued",
      body,
      sender: conversation.replyFrom ?? "",
      segments: 1,
      errorReason: null,
      createdAt: new Date().toISOString(),
      campaign: null,
      automatic: false,
      pending: true,
    };
    setMessages((shown) => [pending, ...shown]);
    const result = await actions
      .sendReply(conversationId, body)
      .catch(() => ({ ok: false as const, message: SEND_FAILED }));
    if (result.ok) {
      setMessages((shown) => settlePending(shown, pendingId, result.value));
      return { ok: true as const };
    }
    setMessages((shown) => shown.filter((message) => message.id !== pendingId));
    // An opt-out the page did not know about yet: read the conversation again.
    setReloads((n) => n + 1);
    return result;
  }

  const chronological = [...messages].reverse();
  return (
    <section aria-labelledby="thread-title" className={styles.thread}>
      <header className={styles.header}>
        <Link href={`/inbox${inbox.query}`} className={styles.back}>
          ← All conversations
        </Link>
        <div className={styles.titleRow}>
          <h2 id="thread-title" className={styles.title}>
            {conversation.name}
          </h2>
          {conversation.optedOut ? <Badge tone="danger">Opted out</Badge> : null}
        </div>
        <p className={styles.facts}>
          {conversation.hasName ? <span>{conversation.phone}</span> : null}
          <Link href={`/contacts/${conversation.contactId}`}>Contact details</Link>
          {conversation.campaign ? (
            <span>
              Replied to{" "}
              <Link href={`/campaigns/${conversation.campaign.id}`}>{conversation.campaign.name}</Link>
            </span>
          ) : null}
        </p>
        <div className={styles.actions}>
          <Button
            size="sm"
            variant="ghost"
            pending={markingUnread}
            onClick={() => !markingUnread && void markUnread()}
          >
            Mark unread
          </Button>
        </div>
      </header>
      {notice ? (
        <Alert tone="error" role="alert" className={styles.notice}>
          {notice}
        </Alert>
      ) : null}
      <div ref={scrollerRef} className={styles.scroller}>
        {nextBefore !== null ? (
          <div className={styles.older}>
            <Button size="sm" pending={older.loading} onClick={() => void loadOlder()}>
              {older.loading ? "Loading…" : "Load older messages"}
            </Button>
            {older.error ? (
              <p role="alert" className={styles.olderError}>
                {older.error}
              </p>
            ) : null}
          </div>
        ) : null}
        <div role="log" aria-label={`Messages with ${conversation.name}`} aria-live="polite">
          <ol role="list" className={styles.messages}>
            {chronological.map((message) => (
              <MessageBubble key={message.id} message={message} />
            ))}
            <li ref={endRef} aria-hidden="true" className={styles.end} />
          </ol>
        </div>
        <div className={styles.live}>
          <LiveNote connection={connection} />
        </div>
      </div>
      <ReplyBox
        contactName={conversation.name}
        optedOut={conversation.optedOut}
        replyFrom={conversation.replyFrom}
        onSend={send}
      />
    </section>
  );
}
