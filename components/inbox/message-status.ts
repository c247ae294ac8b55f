import type { MessageStatus } from "@/lib/db";

export type StatusTone = "neutral" | "accent" | "success" | "warning" | "danger";

/** An outbound message's state in a word or two, as the thread shows it under the bubble. */
export const OUTBOUND_STATUS: Record<MessageStatus, { label: string; tone: StatusTone }> = {
  queued: { label: "Queued", tone: "neutral" },
  sending: { label: "Sending", tone: "neutral" },
  submitted: { label: "Submitted", tone: "accent" },
  unknown: { label: "Unconfirmed", tone: "warning" },
  delivered: { label: "Delivered", tone: "success" },
  undelivered: { label: "Not delivered", tone: "danger" },
  expired: { label: "Expired", tone: "danger" },
  rejected: { label: "Rejected", tone: "danger" },
  failed: { label: "Failed", tone: "danger" },
  cancelled: { label: "Cancelled", tone: "neutral" },
  skipped: { label: "Not sent", tone: "warning" },
  received: { label: "Received", tone: "neutral" },
};

/** What the status means when it is not plain good news, for when the message carries no reason of its own. */
export const STATUS_EXPLANATIONS: Partial<Record<MessageStatus, string>> = {
  unknown:
    "The carrier did not answer in time. It is not sent again, so it is never sent twice; a delivery report may still settle it.",
  undelivered: "The carrier could not deliver it to the phone.",
  expired: "The phone was unreachable until the carrier gave up.",
  rejected: "The carrier refused it.",
  failed: "The carrier refused it.",
  skipped: "The contact opted out before it was sent.",
};
