/**
 * How many messages of one connector may be claimed and unanswered at once
 * in this process (its window × binds). Claiming only what the window can
 * take right away keeps the in-doubt set after a crash to what was really on
 * the wire, not a queue of claimed messages that never left.
 */
export class SendSlots {
  private free: number;
  private readonly waiters: Array<{ count: number; resolve: () => void }> = [];

  constructor(readonly capacity: number) {
    this.free = capacity;
  }

  /** Waits for `count` slots (at most the capacity). */
  async acquire(count: number): Promise<number> {
    const wanted = Math.min(Math.max(1, count), this.capacity);
    if (this.waiters.length === 0 && this.free >= wanted) {
      this.free -= wanted;
      return wanted;
    }
    await new Promise<void>((resolve) => this.waiters.push({ count: wanted, resolve }));
    return wanted;
  }

  /** Waits for at least one slot, then takes as many as are free, up to `max`. */
  async acquireUpTo(max: number): Promise<number> {
    await this.acquire(1);
    const extra = Math.min(Math.max(0, max - 1), this.waiters.length === 0 ? this.free : 0);
    this.free -= extra;
    return 1 + extra;
  }

  release(count: number): void {
    this.free += count;
    while (this.waiters.length > 0 && this.free >= this.waiters[0]!.count) {
      const waiter = this.waiters.shift()!;
      this.free -= waiter.count;
      waiter.resolve();
    }
  }
}
