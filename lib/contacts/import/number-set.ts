/**
 * A set of positive integers up to 2^53 (E.164 numbers as numbers), kept in
 * one Float64Array with open addressing. A million numbers take 32 MiB
 * outside the JavaScript heap, instead of a Set's million boxed doubles that
 * every garbage collection has to walk.
 */
export class NumberSet {
  private table = new Float64Array(1 << 16);
  private mask = (1 << 16) - 1;
  private count = 0;

  get size(): number {
    return this.count;
  }

  has(value: number): boolean {
    const table = this.table;
    for (let index = this.slot(value); ; index = (index + 1) & this.mask) {
      const found = table[index]!;
      if (found === value) return true;
      if (found === 0) return false;
    }
  }

  /** Adds the number; false if it was there already. 0 is not allowed (it marks a free slot). */
  add(value: number): boolean {
    if (!(value > 0 && Number.isSafeInteger(value)))
      throw new RangeError(`NumberSet holds positive integers, not ${value}`);
    const table = this.table;
    for (let index = this.slot(value); ; index = (index + 1) & this.mask) {
      const found = table[index]!;
      if (found === value) return false;
      if (found === 0) {
        table[index] = value;
        if (++this.count * 2 > table.length) this.grow();
        return true;
      }
    }
  }

  private slot(value: number): number {
    const low = value >>> 0;
    const high = Math.floor(value / 4294967296);
    let hash = Math.imul(low ^ Math.imul(high, 0x9e3779b1), 0x85ebca6b);
    hash ^= hash >>> 15;
    hash = Math.imul(hash, 0xc2b2ae35);
    hash ^= hash >>> 13;
    return hash & this.mask;
  }

  private grow(): void {
    const old = this.table;
    this.table = new Float64Array(old.length * 2);
    this.mask = this.table.length - 1;
    for (const value of old) {
      if (value === 0) continue;
      let index = this.slot(value);
      while (this.table[index] !== 0) index = (index + 1) & this.mask;
      this.table[index] = value;
    }
  }
}
