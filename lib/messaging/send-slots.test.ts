import { describe, expect, it } from "vitest";
import { SendSlots } from "./send-slots";

describe("send slots", () => {
  it("never hands out more than the capacity, first come first served", async () => {
    const slots = new SendSlots(10);
    expect(await slots.acquire(6)).toBe(6);
    const order: string[] = [];
    const a = slots.acquire(6).then(() => order.push("a"));
    const b = slots.acquire(2).then(() => order.push("b"));
    await Promise.resolve();
    // b would fit in the 4 free slots, but waits behind a: no starving big requests.
    expect(order).toEqual([]);
    slots.release(6);
    await Promise.all([a, b]);
    expect(order).toEqual(["a", "b"]);
  });

  it("caps a request at the capacity", async () => {
    const slots = new SendSlots(3);
    expect(await slots.acquire(50)).toBe(3);
    let got = false;
    const next = slots.acquire(1).then(() => (got = true));
    await Promise.resolve();
    expect(got).toBe(false);
    slots.release(1);
    await next;
    expect(got).toBe(true);
  });

  it("takes what is free, up to a maximum, once at least one slot is", async () => {
    const slots = new SendSlots(10);
    expect(await slots.acquire(7)).toBe(7);
    expect(await slots.acquireUpTo(5)).toBe(3);
    const next = slots.acquireUpTo(5);
    slots.release(2);
    expect(await next).toBe(2);
  });
});
