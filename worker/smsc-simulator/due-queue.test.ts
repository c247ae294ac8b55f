import { describe, expect, it } from "vitest";
import { DueQueue, FifoQueue } from "./due-queue";

describe("DueQueue", () => {
  it("hands items back by dueAt, only once they are due", () => {
    const queue = new DueQueue<{ dueAt: number; name: string }>();
    for (const [dueAt, name] of [
      [30, "c"],
      [10, "a"],
      [50, "e"],
      [20, "b"],
      [40, "d"],
    ] as const) {
      queue.push({ dueAt, name });
    }
    expect(queue.nextDueAt).toBe(10);
    const taken: string[] = [];
    for (let item = queue.popDue(35); item; item = queue.popDue(35)) taken.push(item.name);
    expect(taken).toEqual(["a", "b", "c"]);
    expect(queue.size).toBe(2);
    expect(queue.nextDueAt).toBe(40);
  });

  it("sorts many random times", () => {
    const queue = new DueQueue<{ dueAt: number }>();
    const times = Array.from({ length: 10_000 }, () => Math.floor(Math.random() * 1_000));
    for (const dueAt of times) queue.push({ dueAt });
    const out: number[] = [];
    for (let item = queue.popDue(Infinity); item; item = queue.popDue(Infinity)) out.push(item.dueAt);
    expect(out).toEqual([...times].sort((a, b) => a - b));
    expect(queue.nextDueAt).toBeUndefined();
  });
});

describe("FifoQueue", () => {
  it("keeps order across compaction", () => {
    const queue = new FifoQueue<number>();
    const out: number[] = [];
    for (let i = 0; i < 5_000; i++) {
      queue.push(i);
      if (i % 3 === 0) out.push(queue.shift()!);
    }
    out.push(...queue.drain());
    expect(out).toEqual(Array.from({ length: 5_000 }, (_, i) => i));
    expect(queue.size).toBe(0);
    expect(queue.shift()).toBeUndefined();
  });
});
