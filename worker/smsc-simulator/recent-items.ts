/**
 * The latest `capacity` items in a fixed ring, so recording one is O(1) at any
 * rate (an array's shift() may move every element once it is full); reading
 * copies them out, oldest first, which only tests and tools do.
 */
export class RecentItems<T> {
  private readonly ring: T[] = [];
  /** Where the next item goes once the ring is full; also where the oldest one is. */
  private next = 0;

  constructor(private readonly capacity: number) {}

  push(item: T): void {
    if (this.capacity <= 0) return;
    if (this.ring.length < this.capacity) {
      this.ring.push(item);
      return;
    }
    this.ring[this.next] = item;
    this.next = (this.next + 1) % this.capacity;
  }

  toArray(): T[] {
    if (this.next === 0) return this.ring.slice();
    return this.ring.slice(this.next).concat(this.ring.slice(0, this.next));
  }
}
