import { describe, expect, it } from "vitest";
import { SubmitQueue } from "./submit-queue";

describe("SubmitQueue", () => {
  it("gives items back first in, first out", () => {
    const queue = new SubmitQueue<number>();
    for (let i = 0; i < 5_000; i++) queue.push(i);
    const out: number[] = [];
    for (let i = 0; i < 2_500; i++) out.push(queue.shift()!);
    for (let i = 5_000; i < 6_000; i++) queue.push(i);
    while (queue.size > 0) out.push(queue.shift()!);
    expect(out).toEqual(Array.from({ length: 6_000 }, (_, i) => i));
    expect(queue.shift()).toBeUndefined();
  });

  it("puts an item back at the front", () => {
    const queue = new SubmitQueue<string>();
    queue.push("a");
    queue.push("b");
    const first = queue.shift()!;
    queue.unshift(first);
    queue.unshift("z");
    expect(queue.drain()).toEqual(["z", "a", "b"]);
    expect(queue.size).toBe(0);
  });
});
