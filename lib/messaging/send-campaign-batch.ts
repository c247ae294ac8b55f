import type { Pool } from "pg";
import {
  completeCampaignIfDone,
  knownZoneOr,
  maySendAt,
  minutesUntilSendable,
  publishCampaignProgress,
} from "@/lib/campaigns";
import type { Logger } from "@/lib/logger";
import type { RateLimiter } from "@/lib/smpp";
import {
  claimCampaignMessages,
  queuedZones,
  recoverClaimedMessages,
  releaseClaimedMessages,
  type ClaimedMessage,
  type ClaimFilter,
} from "./claim-campaign-messages";
import { loadSendContext, type SendContext } from "./load-send-context";
import { openSendJournal } from "./send-journal";
import type { SendSlots } from "./send-slots";
import { createOutcomeFlusher } from "./outcome-flusher";
import { submitMessage, type Submitter } from "./submit-message";
import type { SubmitOutcome } from "./submit-outcome";

export interface SendBatch {
  orgId: string;
  campaignId: string;
  firstMessageId: string;
  lastMessageId: string;
}

/** The connector side of sending, provided by the worker (its pool of binds) or by tests. */
export interface SendConnector {
  submitter: Submitter;
  limiter: RateLimiter;
  /** Messages this process may have claimed and unanswered on the connector (window × binds), shared by its jobs. */
  slots: SendSlots;
}

export interface SendDeps {
  pool: Pool;
  logger: Logger;
  connectorFor(orgId: string, connectorId: string): Promise<SendConnector>;
  /** The next 8-bit concatenation reference. */
  nextReference(): number;
}

export type BatchResult =
  | { status: "done"; submitted: number; failed: number; unknown: number; skipped: number }
  /** The campaign is no longer running (paused, cancelled, gone): the rest waits or was cancelled. */
  | { status: "stopped" }
  /** Some recipients are in quiet hours: run the batch again after `retryInMs`. */
  | { status: "held"; retryInMs: number }
  /** Some messages could not be written (bind down): they are queued again; retry the batch later. */
  | { status: "requeued"; count: number };

const STATUS_POLL_MS = 500;
const PROGRESS_EVERY_MS = 500;
const ZONES_REFRESH_MS = 60_000;

/**
 * One send job (flow 3). Claims the batch's queued messages a chunk at a
 * time, ahead of the window, so the database's round trip is not spent
 * holding window slots; a sender takes slots and rate tokens for what is
 * claimed and writes it, each message rendered with the template compiled
 * once; outcomes are stored in batches. Every write is first recorded in
 * the batch's send journal, so a crashed run's claims can be told apart:
 * written ones are in doubt, the rest go back to the queue. Stops taking
 * new messages within half a second of a pause or cancel. Safe to run again
 * at any point, even while an earlier run is still alive (it is fenced off).
 */
export async function sendCampaignBatch(batch: SendBatch, deps: SendDeps): Promise<BatchResult> {
  const { pool, logger } = deps;
  const journal = await openSendJournal(pool, batch);
  const { runToken } = journal;
  const recovered = await recoverClaimedMessages(pool, batch, runToken, journal.written);
  if (recovered.doubted + recovered.released > 0)
    logger.warn(
      { ...batch, ...recovered },
      "claims left by a stopped run: written ones marked unknown, the rest queued",
    );
  if (!(await journal.restart())) return { status: "stopped" };

  const context = await loadSendContext(batch.orgId, batch.campaignId);
  if (!context || context.status !== "running") {
    await journal.close();
    return { status: "stopped" };
  }
  if (!context.connectorId) throw new Error("The campaign has no SMPP connector.");

  const connector = await deps.connectorFor(batch.orgId, context.connectorId);
  const { slots, limiter } = connector;
  // A claim is four windows' worth (or a few ms of a throttled connector's rate), and the next
  // one is made while it is written: claims stay few and full, and the window never waits
  // for the database. Writes go half a window at a time: each costs one admission (a Redis
  // round trip). Against two windows and a quarter, half the claims and admissions took the
  // send bench from 7,400 to 7,500-8,600 msg/s on 2 cores, where every round trip's wake-ups
  // compete for the CPU.
  const chunk = Math.max(1, Math.min(slots.capacity * 4, limiter.burst * 2));
  const writeGroup = Math.max(1, Math.ceil(slots.capacity / 2));

  let running = true;
  let campaignStopped = false;
  let fenced = false;
  const claimedAhead: ClaimedMessage[] = [];
  let claimsExhausted = false;
  const claimNeeded = new Signal();
  const sendReady = new Signal();
  const stop = () => {
    running = false;
    claimNeeded.notify();
    sendReady.notify();
  };
  const poll = setInterval(() => {
    pool
      .query<{ status: string }>(`SELECT status FROM campaigns WHERE id = $1`, [batch.campaignId])
      .then(({ rows }) => {
        if (rows[0]?.status !== "running") {
          campaignStopped = true;
          stop();
        }
      })
      .catch((error: unknown) => logger.warn({ err: error }, "campaign status check failed"));
  }, STATUS_POLL_MS);

  let lastProgress = 0;
  const flusher = createOutcomeFlusher(pool, batch.campaignId, () => {
    const now = Date.now();
    if (now - lastProgress < PROGRESS_EVERY_MS) return;
    lastProgress = now;
    void publishCampaignProgress(batch.orgId, batch.campaignId).catch(() => undefined);
  });

  const zones = createZoneFilter(pool, batch, context);
  let skipped = 0;
  const claimer = async () => {
    try {
      while (running) {
        if (claimedAhead.length >= chunk) {
          await claimNeeded.wait();
          continue;
        }
        const filter = await zones.current();
        // Paced by the rate, so claims do not run ahead of what the connector may send.
        await limiter.reserve(chunk);
        const { claimed, skipped: optedOut } = await claimCampaignMessages(
          pool,
          batch,
          runToken,
          chunk,
          filter,
        );
        skipped += optedOut;
        claimedAhead.push(...claimed);
        sendReady.notify();
        if (claimed.length === 0 && optedOut === 0) break;
      }
    } finally {
      claimsExhausted = true;
      sendReady.notify();
    }
  };

  // Sends run on while the sender takes more; the slots (window × binds) bound them.
  const inFlight = new Set<Promise<void>>();
  const sender = async () => {
    while (running) {
      if (claimedAhead.length === 0) {
        if (claimsExhausted) return;
        await sendReady.wait();
        continue;
      }
      const granted = await slots.acquire(Math.min(claimedAhead.length, writeGroup));
      const group = claimedAhead.splice(0, granted);
      claimNeeded.notify();
      let admitted = false;
      try {
        // Counted and journaled right before the writes (see ADMIT in lib/smpp/rate-limiter.ts).
        admitted = running && (await limiter.admit(group.length, journal.record(group.map((m) => m.id))));
      } finally {
        if (!admitted) {
          slots.release(granted);
          claimedAhead.unshift(...group);
        }
      }
      if (!admitted) {
        // Refused only when another run took the batch over: the claims are its now.
        if (running) fenced = true;
        stop();
        return;
      }
      for (const message of group) {
        const sending = sendOne(message, context, connector, deps)
          .then(flusher.add)
          // Left `sending` and journaled, the message is marked in doubt by the batch's next run: never sent twice.
          .catch((error: unknown) => logger.error({ err: error, messageId: message.id }, "submit failed"))
          .finally(() => {
            slots.release(1);
            inFlight.delete(sending);
          });
        inFlight.add(sending);
      }
    }
  };

  let totals;
  try {
    // Either side failing stops the other (a claimer waiting for room would wait forever).
    const stopOnFailure = (error: unknown) => {
      stop();
      throw error;
    };
    const lanes = await Promise.allSettled([claimer().catch(stopOnFailure), sender().catch(stopOnFailure)]);
    const failed = lanes.find((lane) => lane.status === "rejected");
    if (failed) throw failed.reason;
  } finally {
    stop();
    await Promise.allSettled([...inFlight]);
    clearInterval(poll);
    totals = await flusher.close();
  }
  // Claimed and never written: back to the queue (or cancelled with the campaign); a
  // run that was taken over releases nothing, its claims are the new run's to settle.
  const unwritten = claimedAhead.map((message) => message.id);
  await releaseClaimedMessages(pool, batch, runToken, unwritten);
  if (fenced) {
    logger.warn({ ...batch }, "another run took the batch over; this one stops");
    return { status: "stopped" };
  }
  await journal.close();
  await publishCampaignProgress(batch.orgId, batch.campaignId);

  if (totals.requeued > 0) return { status: "requeued", count: totals.requeued };
  if (campaignStopped) return { status: "stopped" };
  if (context.quietHours) {
    const held = await heldDelay(pool, batch, context);
    if (held !== null) return { status: "held", retryInMs: held };
  }
  if (await completeCampaignIfDone(batch.orgId, batch.campaignId)) {
    await publishCampaignProgress(batch.orgId, batch.campaignId);
  }
  return {
    status: "done",
    submitted: totals.submitted,
    failed: totals.failed,
    unknown: totals.unknown,
    skipped,
  };
}

/** Wakes whoever waits (at most one waiter per signal here); a notify with nobody waiting is dropped. */
class Signal {
  private waiter: (() => void) | null = null;

  wait(): Promise<void> {
    return new Promise((resolve) => (this.waiter = resolve));
  }

  notify(): void {
    const waiter = this.waiter;
    this.waiter = null;
    waiter?.();
  }
}

async function sendOne(
  message: ClaimedMessage,
  context: SendContext,
  connector: SendConnector,
  deps: SendDeps,
): Promise<SubmitOutcome> {
  const rendered = context.template.render(message.contact);
  if (rendered.isEmpty) {
    return {
      id: message.id,
      status: "failed",
      errorCode: null,
      errorReason: "The message is empty for this contact (every merge tag it uses is blank).",
      smscMessageId: null,
      partIds: [],
      text: rendered.text,
      segments: rendered.segments,
      encoding: rendered.encoding,
    };
  }
  // One token per message was taken before the write; parts beyond the first take theirs here.
  return submitMessage(connector.submitter, connector.limiter, {
    prepaidTokens: 1,
    id: message.id,
    phone: message.phone,
    rendered,
    source: context.source,
    reference: deps.nextReference(),
  });
}

/** Which recipients' zones are outside quiet hours right now, re-read once a minute. */
function createZoneFilter(
  pool: Pool,
  batch: SendBatch,
  context: SendContext,
): { current(): Promise<ClaimFilter> } {
  let cached: { filter: ClaimFilter; at: number } | null = null;
  return {
    async current() {
      if (!context.quietHours) return { sendableZones: null };
      if (cached && Date.now() - cached.at < ZONES_REFRESH_MS) return cached.filter;
      const now = new Date();
      const zones = await queuedZones(pool, batch);
      const sendable = (zone: string | null) =>
        maySendAt(now, knownZoneOr(zone, context.timeZone), context.quietHours);
      const filter: ClaimFilter = {
        sendableZones: {
          campaignZone: sendable(null),
          contactZones: zones.filter((zone): zone is string => zone !== null && sendable(zone)),
        },
      };
      cached = { filter, at: Date.now() };
      return filter;
    },
  };
}

/** Null when nothing in the batch is held; else how long until the first held recipient may be messaged. */
async function heldDelay(pool: Pool, batch: SendBatch, context: SendContext): Promise<number | null> {
  const zones = await queuedZones(pool, batch);
  if (zones.length === 0) return null;
  const now = new Date();
  const minutes = Math.min(
    ...zones.map((zone) =>
      minutesUntilSendable(now, knownZoneOr(zone, context.timeZone), context.quietHours),
    ),
  );
  // Wake at the minute the first window opens (at least a minute from now: the clock has moved on).
  return Math.max(1, minutes) * 60_000 - (now.getSeconds() * 1000 + now.getMilliseconds());
}
