"use client";

import { useId, useMemo, useRef, useState, type FormEvent, type KeyboardEvent } from "react";
import { counterSummary } from "@/components/templates/counter-summary";
import { Button } from "@/components/ui/button";
import { MAX_REPLY_LENGTH } from "@/lib/messaging/conversations/reply-limits";
import { analyzeText } from "@/lib/templates/text";
import styles from "./reply-box.module.css";

const lengthFormat = new Intl.NumberFormat("en");

type ReplyBoxProps = {
  contactName: string;
  optedOut: boolean;
  /** Our address replies go out from. */
  replyFrom: string | null;
  /** Sends the text; answers with a message when it was not sent. */
  onSend: (body: string) => Promise<{ ok: true } | { ok: false; message: string }>;
};

/**
 * The reply box: Enter sends, Shift+Enter starts a new line. The text leaves
 * the box at once (the thread shows it as sending) and comes back with the
 * reason if it could not be sent. A contact who opted out cannot be written
 * to, and the box says why.
 */
export function ReplyBox({ contactName, optedOut, replyFrom, onSend }: ReplyBoxProps) {
  const id = useId();
  const [body, setBody] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [sending, setSending] = useState(false);
  const textarea = useRef<HTMLTextAreaElement>(null);
  const analysis = useMemo(() => analyzeText(body), [body]);
  const tooLong = body.trim().length > MAX_REPLY_LENGTH;

  async function send(event?: FormEvent) {
    event?.preventDefault();
    if (sending || optedOut) return;
    const text = body.trim();
    if (text === "") {
      setError("Write a reply first.");
      textarea.current?.focus();
      return;
    }
    if (tooLong) {
      setError(`Keep the reply to ${lengthFormat.format(MAX_REPLY_LENGTH)} characters or fewer.`);
      return;
    }
    setSending(true);
    setError(null);
    setBody("");
    const result = await onSend(text);
    setSending(false);
    if (!result.ok) {
      // Nothing typed is lost: the text comes back with the reason.
      setBody((current) => (current === "" ? text : `${text}\n${current}`));
      setError(result.message);
    }
    textarea.current?.focus();
  }

  function onKeyDown(event: KeyboardEvent<HTMLTextAreaElement>) {
    if (event.key !== "Enter" || event.shiftKey || event.nativeEvent.isComposing) return;
    event.preventDefault();
    void send();
  }

  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const counterId = `${id}-counter`;
  if (optedOut) {
    return (
      <div className={styles.box}>
        <label htmlFor={id} className="visually-hidden">
          Reply
        </label>
        <textarea
          id={id}
          className={styles.textarea}
          rows={2}
          disabled
          aria-describedby={hintId}
          placeholder="Replies are off for this contact"
        />
        <p id={hintId} className={styles.optedOut}>
          {contactName} opted out, so no reply can be sent. They can reply START to opt back in.
        </p>
      </div>
    );
  }
  return (
    <form className={styles.box} onSubmit={send} noValidate>
      <label htmlFor={id} className="visually-hidden">
        Reply
      </label>
      <textarea
        ref={textarea}
        id={id}
        name="body"
        className={styles.textarea}
        rows={3}
        value={body}
        onChange={(event) => {
          setBody(event.target.value);
          if (error) setError(null);
        }}
        onKeyDown={onKeyDown}
        placeholder={`Reply to ${contactName}`}
        aria-invalid={error || tooLong ? true : undefined}
        aria-describedby={[error ? errorId : null, counterId, hintId].filter(Boolean).join(" ")}
      />
      {error ? (
        <p id={errorId} className={styles.error} role="alert">
          {error}
        </p>
      ) : null}
      <div className={styles.footer}>
        <div className={styles.meta}>
          <p id={counterId} className={styles.counter} data-encoding={analysis.encoding}>
            {body === "" ? "Up to 160 characters fit in one message." : counterSummary(analysis)}
            {tooLong
              ? ` · ${lengthFormat.format(body.trim().length)}/${lengthFormat.format(MAX_REPLY_LENGTH)}, too long`
              : ""}
          </p>
          <p id={hintId} className={styles.hint}>
            Enter sends, Shift+Enter starts a new line.
            {replyFrom ? ` Sent from ${replyFrom}.` : ""}
          </p>
        </div>
        <Button type="submit" variant="primary" pending={sending}>
          {sending ? "Sending…" : "Send"}
        </Button>
      </div>
    </form>
  );
}
