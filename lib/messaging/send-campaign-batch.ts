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
  markInDoubtMessages,
  queuedZones,
  type ClaimedMessage,
  type ClaimFilter,
} from "./claim-campaign-messages";
import { loadSendContext, type SendContext } from "./load-send-context";
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
const LANES = 2;
const ZONES_REFRESH_MS = 60_000;

/**
 * One send job (flow 3): claims the batch's queued messages a few at a
 * time, renders each with the template compiled once, takes tokens from the
 * connector's shared limiter and submits through its window; outcomes are
 * stored in batches. Stops taking new messages within half a second of a
 * pause or cancel. Safe to run again at any point: what a dead run left
 * `sending` is marked in doubt, never re-sent.
 */
export async function sendCampaignBatch(batch: SendBatch, deps: SendDeps): Promise<BatchResult> {
  const { pool, logger } = deps;
  const context = await loadSendContext(batch.orgId, batch.campaignId);
  if (!context || context.status !== "running") return { status: "stopped" };
  if (!context.connectorId) throw new Error("The campaign has no SMPP connector.");

  const doubted = await markInDoubtMessages(pool, batch);
  if (doubted > 0)
    logger.warn({ ...batch, doubted }, "messages left in flight by a stopped worker marked unknown");

  const connector = await deps.connectorFor(batch.orgId, context.connectorId);
  // Half the slots per claim, so one chunk is claimed while another is on the wire;
  // a whole chunk at a time, so claims stay few and full.
  const chunk = Math.max(1, Math.min(Math.ceil(connector.slots.capacity / 2), connector.limiter.burst * 2));

  let running = true;
  const poll = setInterval(() => {
    pool
      .query<{ status: string }>(`SELECT status FROM campaigns WHERE id = $1`, [batch.campaignId])
      .then(({ rows }) => {
        if (rows[0]?.status !== "running") running = false;
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
  // Order matters for what a crash leaves in doubt: window slots, then
  // tokens, then the claim, so a claimed message goes on the wire at once.
  const { slots, limiter } = connector;
  // Sends run on while the lane claims more; the slots bound them.
  const inFlight = new Set<Promise<void>>();
  const lane = async () => {
    while (running) {
      const filter = await zones.current();
      const granted = await slots.acquire(chunk);
      let claimed: ClaimedMessage[] = [];
      let optedOut = 0;
      try {
        await limiter.reserve(granted);
        if (running)
          ({ claimed, skipped: optedOut } = await claimCampaignMessages(pool, batch, granted, filter));
        // Counted right before the writes, not before the claim: the claim's time in the database
        // varies, and would bunch writes that were spaced (see ADMIT in lib/smpp/rate-limiter.ts).
        if (claimed.length > 0) await limiter.admit(claimed.length);
      } finally {
        slots.release(granted - claimed.length);
      }
      skipped += optedOut;
      if (claimed.length === 0 && optedOut === 0) return;
      for (const message of claimed) {
        const sending = sendOne(message, context, connector, deps)
          .then(flusher.add)
          // Left `sending`, the message is marked in doubt by the batch's next run: never sent twice.
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
    await Promise.all(Array.from({ length: LANES }, lane));
  } finally {
    await Promise.allSettled([...inFlight]);
    clearInterval(poll);
    totals = await flusher.close();
  }
  await publishCampaignProgress(batch.orgId, batch.campaignId);

  if (totals.requeued > 0) return { status: "requeued", count: totals.requeued };
  if (!running) return { status: "stopped" };
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
  // One token per message was taken before the claim; parts beyond the first take theirs here.
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
