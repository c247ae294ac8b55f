/** Something to do at a time (ms since the epoch). */
export interface Due {
  dueAt: number;
}

/**
 * A binary min-heap by dueAt: the deliver_sm waiting for their time, drained
 * by one timer. One timer per receipt would be 100,000 timers in a benchmark;
 * the heap costs O(log n) per receipt and a few words of memory.
 */
export class DueQueue<T extends Due> {
  private readonly items: T[] = [];

  get size(): number {
    return this.items.length;
  }

  /** The earliest dueAt, or undefined when empty. */
  get nextDueAt(): number | undefined {
    return this.items[0]?.dueAt;
  }

  push(item: T): void {
    const items = this.items;
    let index = items.push(item) - 1;
    while (index > 0) {
      const parent = (index - 1) >> 1;
      if (items[parent]!.dueAt <= item.dueAt) break;
      items[index] = items[parent]!;
      index = parent;
    }
    items[index] = item;
  }

  /** Takes the earliest item if it is due at `now`. */
  popDue(now: number): T | undefined {
    const items = this.items;
    const first = items[0];
    if (first === undefined || first.dueAt > now) return undefined;
    const last = items.pop()!;
    if (items.length === 0) return first;
    let index = 0;
    const length = items.length;
    for (;;) {
      const left = 2 * index + 1;
      if (left >= length) break;
      const right = left + 1;
      const child = right < length && items[right]!.dueAt < items[left]!.dueAt ? right : left;
      if (items[child]!.dueAt >= last.dueAt) break;
      items[index] = items[child]!;
      index = child;
    }
    items[index] = last;
    return first;
  }

  /** Empties the queue, handing back what it held (in no particular order). */
  drain(): T[] {
    return this.items.splice(0);
  }
}

/**
 * First in, first out, with O(1) take from the front (Array#shift moves every
 * element); the consumed front is dropped once it is half the array.
 */
export class FifoQueue<T> {
  private items: T[] = [];
  private head = 0;

  get size(): number {
    return this.items.length - this.head;
  }

  push(item: T): void {
    this.items.push(item);
  }

  shift(): T | undefined {
    if (this.head >= this.items.length) return undefined;
    const item = this.items[this.head]!;
    this.head += 1;
    if (this.head > 1_024 && this.head * 2 > this.items.length) {
      this.items = this.items.slice(this.head);
      this.head = 0;
    }
    return item;
  }

  drain(): T[] {
    const rest = this.items.slice(this.head);
    this.items = [];
    this.head = 0;
    return rest;
  }
}
