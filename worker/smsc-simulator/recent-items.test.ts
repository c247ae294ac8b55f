import { describe, expect, it } from "vitest";
import { RecentItems } from "./recent-items";

describe("RecentItems", () => {
  it("keeps everything, oldest first, until it is full", () => {
    const items = new RecentItems<number>(3);
    items.push(1);
    items.push(2);
    expect(items.toArray()).toEqual([1, 2]);
  });

  it("drops the oldest once full and still reads oldest first", () => {
    const items = new RecentItems<number>(3);
    for (let i = 1; i <= 7; i++) items.push(i);
    expect(items.toArray()).toEqual([5, 6, 7]);
    items.push(8);
    items.push(9);
    expect(items.toArray()).toEqual([7, 8, 9]);
  });

  it("keeps nothing with capacity 0", () => {
    const items = new RecentItems<number>(0);
    items.push(1);
    expect(items.toArray()).toEqual([]);
  });
});
