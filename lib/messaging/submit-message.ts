import { setTimeout as sleep } from "node:timers/promises";
import type { RateLimiter, SubmitRequest, SubmitResult } from "@/lib/smpp";
import { describeCommandStatus, normalizeSmscMessageId } from "@/lib/smpp";
import type { MessagePart, RenderedMessage } from "@/lib/templates";
import type { SubmitOutcome } from "./submit-outcome";

/** Where submits go: a connector's binds (the worker's pool), or a fake in unit tests. */
export interface Submitter {
  submit(request: SubmitRequest): Promise<SubmitResult>;
}

/** Throttled and queue-full answers are the SMSC pacing us: keep trying, the bind pauses between. */
const MAX_THROTTLED_RETRIES = 30;
/** Other transient errors (system error, vendor codes): a few tries with backoff, then the message fails. */
const MAX_TRANSIENT_RETRIES = 3;
const TRANSIENT_BACKOFF_MS = 500;

type PartResult = SubmitResult & { part: MessagePart };

export interface MessageToSubmit {
  id: string;
  /** E.164 with "+". */
  phone: string;
  rendered: RenderedMessage;
  source: { addr: string; ton: number; npi: number };
  /** The 8-bit concatenation reference shared by this message's parts. */
  reference: number;
  /** Rate tokens already taken for this message (its first part, typically). */
  prepaidTokens?: number;
}

/**
 * Submits every part of one message, taking one token per PDU, retrying
 * only what certainly did not reach the SMSC, and answers the outcome to
 * store. A part written but unanswered is never retried (in doubt).
 */
export async function submitMessage(
  submitter: Submitter,
  limiter: RateLimiter,
  message: MessageToSubmit,
): Promise<SubmitOutcome> {
  const parts = message.rendered.split(message.reference);
  const owed = parts.length - (message.prepaidTokens ?? 0);
  if (owed > 0) await limiter.take(owed);
  const results = await Promise.all(
    parts.map((part) => submitPart(submitter, limiter, message, part).then((r) => ({ ...r, part }))),
  );
  return toOutcome(message, results);
}

async function submitPart(
  submitter: Submitter,
  limiter: RateLimiter,
  message: MessageToSubmit,
  part: MessagePart,
): Promise<SubmitResult> {
  const request: SubmitRequest = {
    source: message.source.addr,
    sourceTon: message.source.ton,
    sourceNpi: message.source.npi,
    destination: message.phone.replace(/^\+/, ""),
    part,
    registeredDelivery: true,
  };
  let throttled = 0;
  let transient = 0;
  for (;;) {
    const result = await submitter.submit(request);
    if (result.outcome !== "rejected") return result;
    if (result.kind === "throttled" || result.kind === "queue_full") {
      if (++throttled > MAX_THROTTLED_RETRIES) return result;
    } else if (result.kind === "transient") {
      if (++transient > MAX_TRANSIENT_RETRIES) return result;
      await sleep(TRANSIENT_BACKOFF_MS * 2 ** (transient - 1));
    } else {
      return result;
    }
    await limiter.take(1);
  }
}

function toOutcome(message: MessageToSubmit, results: PartResult[]): SubmitOutcome {
  const { rendered } = message;
  const sent = { text: rendered.text, segments: results.length, encoding: rendered.encoding };
  const accepted = results.filter((r) => r.outcome === "accepted");
  const idOf = (r: PartResult) => (r.outcome === "accepted" ? normalizeSmscMessageId(r.messageId) : null);
  const firstId = results[0] ? idOf(results[0]) : null;
  // Each part of a concatenated message has its own id and its own receipt.
  const partIds = results.length > 1 ? results.map((r) => idOf(r) ?? "") : [];
  if (accepted.length === results.length) {
    return { id: message.id, status: "submitted", smscMessageId: firstId!, partIds, ...sent };
  }
  const doubtful = results.find((r) => r.outcome === "in_doubt");
  if (doubtful && doubtful.outcome === "in_doubt") {
    const reason =
      doubtful.reason === "timeout"
        ? "The SMSC did not answer in time; not re-sent, to never send twice."
        : "The connection dropped before the SMSC answered; not re-sent, to never send twice.";
    return {
      id: message.id,
      status: "unknown",
      errorCode: null,
      errorReason: reason,
      smscMessageId: firstId,
      partIds,
      ...sent,
    };
  }
  const rejected = results.find((r) => r.outcome === "rejected");
  if (rejected && rejected.outcome === "rejected") {
    const { name, meaning } = describeCommandStatus(rejected.commandStatus);
    const partNote = results.length > 1 ? ` (part ${rejected.part.index} of ${results.length})` : "";
    return {
      id: message.id,
      status: "failed",
      errorCode: rejected.commandStatus,
      errorReason: `${name}: ${meaning}${partNote}`,
      smscMessageId: firstId,
      partIds,
      ...sent,
    };
  }
  // Only "not sent" left: nothing reached the SMSC, unless another part did.
  if (accepted.length === 0) return { id: message.id, status: "queued" };
  return {
    id: message.id,
    status: "failed",
    errorCode: null,
    errorReason: "Only some parts of the message could be sent before the connection was lost.",
    smscMessageId: firstId,
    partIds,
    ...sent,
  };
}
