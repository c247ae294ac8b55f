import type { Pool } from "pg";
import { publishCampaignProgress } from "@/lib/campaigns";
import { publishEvent } from "@/lib/events";
import type { Logger } from "@/lib/logger";
import {
  applyReceipts,
  keepUnmatchedReceipts,
  matchPendingReceipts,
  type IncomingReceipt,
} from "@/lib/messaging";

const FLUSH_MS = 50;
const FLUSH_ROWS = 2000;
const PROGRESS_EVERY_MS = 500;

/**
 * Collects receipts from every bind of this worker and stores them in
 * batches. `add` resolves once its receipt is stored (matched, or kept as
 * unmatched), so deliver_sm is only answered for what is safely in
 * PostgreSQL; if storing fails the SMSC gets an error and sends it again.
 */
export class ReceiptSink {
  private pending: Array<{
    receipt: IncomingReceipt;
    resolve: () => void;
    reject: (error: unknown) => void;
  }> = [];
  private readonly timer: NodeJS.Timeout;
  private flushing: Promise<void> = Promise.resolve();
  private readonly lastProgress = new Map<string, number>();
  private readonly trailing = new Map<string, NodeJS.Timeout>();

  constructor(
    private readonly pool: Pool,
    private readonly logger: Logger,
  ) {
    this.timer = setInterval(() => this.flush(), FLUSH_MS);
    this.timer.unref();
  }

  add(receipt: IncomingReceipt): Promise<void> {
    return new Promise((resolve, reject) => {
      this.pending.push({ receipt, resolve, reject });
      if (this.pending.length >= FLUSH_ROWS) this.flush();
    });
  }

  async close(): Promise<void> {
    clearInterval(this.timer);
    for (const timer of this.trailing.values()) clearTimeout(timer);
    this.trailing.clear();
    this.flush();
    await this.flushing;
  }

  private flush(): void {
    if (this.pending.length === 0) return;
    const batch = this.pending;
    this.pending = [];
    this.flushing = this.flushing.then(async () => {
      try {
        const receipts = batch.map((entry) => entry.receipt);
        const applied = await applyReceipts(receipts);
        const unmatched = applied.unmatched.map((i) => receipts[i]!);
        await keepUnmatchedReceipts(this.pool, unmatched);
        // Their submit_sm_resp may have been stored between the match and the insert; the
        // flush that stored it looked for kept receipts before this one was kept. Look again.
        if (unmatched.length > 0) {
          const rematched = await matchPendingReceipts(this.pool, {
            smscIds: unmatched.map((receipt) => receipt.smscMessageId),
          });
          applied.settled.push(...rematched.settled);
        }
        for (const entry of batch) entry.resolve();
        this.announce(applied.settled);
      } catch (error) {
        this.logger.error({ err: error, receipts: batch.length }, "could not store receipts");
        for (const entry of batch) entry.reject(error);
      }
    });
  }

  /** Thread views hear about their messages; campaign pages get fresh counters at most twice a second. */
  private announce(settled: Awaited<ReturnType<typeof applyReceipts>>["settled"]): void {
    const now = Date.now();
    const orgOf = new Map<string, string>();
    for (const message of settled) {
      if (message.conversationId) {
        void publishEvent(message.orgId, {
          type: "conversation.updated",
          conversationId: message.conversationId,
          messageId: message.messageId,
          direction: "outbound",
          status: message.status,
        }).catch(() => undefined);
      }
      if (message.campaignId) orgOf.set(message.campaignId, message.orgId);
    }
    for (const [campaignId, orgId] of orgOf) this.progress(campaignId, orgId, now);
  }

  /**
   * At most one progress event per campaign per PROGRESS_EVERY_MS, and always
   * one at the end of a window that had receipts, so the last ones of a
   * campaign show without waiting for another receipt that may never come.
   */
  private progress(campaignId: string, orgId: string, now: number): void {
    if (this.trailing.has(campaignId)) return;
    const wait = (this.lastProgress.get(campaignId) ?? 0) + PROGRESS_EVERY_MS - now;
    if (wait <= 0) {
      this.lastProgress.set(campaignId, now);
      void publishCampaignProgress(orgId, campaignId).catch(() => undefined);
      return;
    }
    const timer = setTimeout(() => {
      this.trailing.delete(campaignId);
      this.lastProgress.set(campaignId, Date.now());
      void publishCampaignProgress(orgId, campaignId).catch(() => undefined);
    }, wait);
    timer.unref();
    this.trailing.set(campaignId, timer);
  }
}
