import Link from "next/link";
import type { ThreadMessage } from "./inbox-data";
import { MessageTime } from "./message-time";
import { OUTBOUND_STATUS, STATUS_EXPLANATIONS } from "./message-status";
import styles from "./message-bubble.module.css";

/**
 * One message of the thread: theirs on the left with the time it arrived,
 * ours on the right with where it stands (queued → submitted → delivered,
 * or failed and why).
 */
export function MessageBubble({ message }: { message: ThreadMessage }) {
  const inbound = message.direction === "inbound";
  return (
    <li className={styles.message} data-direction={message.direction}>
      <p className={styles.bubble} data-pending={message.pending || undefined}>
        <span className="visually-hidden">{inbound ? "They wrote: " : "You wrote: "}</span>
        {message.body ? <span>{message.body}</span> : <em className={styles.empty}>(empty message)</em>}
      </p>
      <p className={styles.meta}>
        {message.automatic ? <span className={styles.automatic}>Automatic answer</span> : null}
        {inbound ? null : <OutboundStatus message={message} />}
        {message.pending ? null : <MessageTime iso={message.createdAt} style="thread" />}
      </p>
      {inbound && message.campaign ? (
        <p className={styles.note}>
          Reply to <Link href={`/campaigns/${message.campaign.id}`}>{message.campaign.name}</Link>
        </p>
      ) : null}
      {inbound && message.errorReason ? (
        <p className={styles.problem}>Could not be read fully: {message.errorReason}</p>
      ) : null}
    </li>
  );
}

function OutboundStatus({ message }: { message: ThreadMessage }) {
  if (message.pending) return <span className={styles.status}>Sending…</span>;
  const status = OUTBOUND_STATUS[message.status];
  const reason = message.errorReason ?? STATUS_EXPLANATIONS[message.status];
  return (
    <span className={styles.status} data-tone={status.tone}>
      {status.label}
      {reason && status.tone !== "success" ? <span className={styles.reason}>: {reason}</span> : null}
    </span>
  );
}
