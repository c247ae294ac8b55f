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

  it("serves priority waiters before bulk waiters that came earlier", async () => {
    const slots = new SendSlots(4);
    expect(await slots.acquire(4)).toBe(4);
    const order: string[] = [];
    const bulk = slots.acquire(1).then(() => order.push("bulk"));
    const otp = slots.acquire(1, "priority").then(() => order.push("otp"));
    slots.release(1);
    await otp;
    expect(order).toEqual(["otp"]);
    slots.release(1);
    await bulk;
    expect(order).toEqual(["otp", "bulk"]);
  });

  it("lets a priority request take free slots past waiting bulk ones, never the other way round", async () => {
    const slots = new SendSlots(4);
    expect(await slots.acquire(3)).toBe(3);
    // A bulk request for 2 waits with one slot free; a priority request for 1 takes it at once.
    let bulkGranted = false;
    const bulk = slots.acquire(2).then(() => (bulkGranted = true));
    expect(await slots.acquire(1, "priority")).toBe(1);
    // With a priority request waiting, a later bulk request that would fit must queue behind it.
    const order: string[] = [];
    const otp = slots.acquire(2, "priority").then(() => order.push("otp"));
    slots.release(1);
    await Promise.resolve();
    let lateGranted = false;
    const late = slots.acquire(1).then(() => (lateGranted = true));
    await Promise.resolve();
    expect({ bulkGranted, lateGranted, order }).toEqual({
      bulkGranted: false,
      lateGranted: false,
      order: [],
    });
    slots.release(1);
    await otp;
    expect(order).toEqual(["otp"]);
    slots.release(3);
    await Promise.all([bulk, late]);
    expect({ bulkGranted, lateGranted }).toEqual({ bulkGranted: true, lateGranted: true });
  });
});
