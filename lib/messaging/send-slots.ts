/** Priority traffic (API/OTP, replies, confirmations) is served before bulk campaign traffic. */
export type SendLane = "priority" | "bulk";

/**
 * How many messages of one connector may be claimed and unanswered at once
 * in this process (its window × binds). Claiming only what the window can
 * take right away keeps the in-doubt set after a crash to what was really on
 * the wire, not a queue of claimed messages that never left.
 *
 * Waiters are served first come first served within a lane, and every
 * priority waiter before any bulk one: a campaign that keeps the window full
 * delays a one-time code by one answer from the SMSC, not by its backlog.
 */
export class SendSlots {
  private free: number;
  private readonly waiters: Record<SendLane, Array<{ count: number; resolve: () => void }>> = {
    priority: [],
    bulk: [],
  };

  constructor(readonly capacity: number) {
    this.free = capacity;
  }

  /** Waits for `count` slots (at most the capacity). */
  async acquire(count: number, lane: SendLane = "bulk"): Promise<number> {
    const wanted = Math.min(Math.max(1, count), this.capacity);
    if (this.nobodyWaitingBefore(lane) && this.free >= wanted) {
      this.free -= wanted;
      return wanted;
    }
    await new Promise<void>((resolve) => this.waiters[lane].push({ count: wanted, resolve }));
    return wanted;
  }

  release(count: number): void {
    this.free += count;
    for (const lane of ["priority", "bulk"] as const) {
      const queue = this.waiters[lane];
      while (queue.length > 0 && this.free >= queue[0]!.count) {
        const waiter = queue.shift()!;
        this.free -= waiter.count;
        waiter.resolve();
      }
      // A priority waiter that does not fit yet keeps every bulk waiter behind it.
      if (queue.length > 0) return;
    }
  }

  /** A bulk request also waits behind every priority one. */
  private nobodyWaitingBefore(lane: SendLane): boolean {
    return this.waiters.priority.length === 0 && (lane === "priority" || this.waiters.bulk.length === 0);
  }
}
