import { RECEIPT_STATS, type ReceiptStat } from "@/lib/smpp/receipts";

export interface SentReceipt {
  /** The message id as submit_sm_resp gave it. */
  messageId: string;
  destination: string;
  stat: ReceiptStat;
  /** When the try the ESME acknowledged was written (ms since the epoch). */
  sentAt: number;
}

/**
 * Every receipt the ESME acknowledged, uncapped, so a benchmark of 100,000
 * messages can compare each with what the product stored. Kept as columns:
 * the id and destination strings are the ones the submit already holds, the
 * stat an index and the time a number, about 30 bytes a receipt; objects are
 * built only when read.
 */
export class ReceiptRecords {
  private messageIds: string[] = [];
  private destinations: string[] = [];
  private stats: number[] = [];
  private sentAts: number[] = [];

  get size(): number {
    return this.messageIds.length;
  }

  add(messageId: string, destination: string, stat: ReceiptStat, sentAt: number): void {
    this.messageIds.push(messageId);
    this.destinations.push(destination);
    this.stats.push(RECEIPT_STATS.indexOf(stat));
    this.sentAts.push(sentAt);
  }

  /** Records [offset, offset + limit), in the order they were acknowledged. */
  read(offset = 0, limit = Infinity): SentReceipt[] {
    const end = Math.min(this.messageIds.length, offset + limit);
    const receipts: SentReceipt[] = [];
    for (let i = Math.max(0, offset); i < end; i++) {
      receipts.push({
        messageId: this.messageIds[i]!,
        destination: this.destinations[i]!,
        stat: RECEIPT_STATS[this.stats[i]!]!,
        sentAt: this.sentAts[i]!,
      });
    }
    return receipts;
  }

  clear(): void {
    this.messageIds = [];
    this.destinations = [];
    this.stats = [];
    this.sentAts = [];
  }
}
