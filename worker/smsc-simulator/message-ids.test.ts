import { describe, expect, it } from "vitest";
import { nextMessageId } from "./message-ids";

describe("nextMessageId", () => {
  it("issues 20-character lowercase hex ids", () => {
    expect(nextMessageId()).toMatch(/^[0-9a-f]{20}$/);
  });

  it("never repeats an id within the process", () => {
    const ids = Array.from({ length: 10_000 }, () => nextMessageId());
    expect(new Set(ids).size).toBe(10_000);
  });

  it("keeps one per-process prefix and counts up after it", () => {
    const first = nextMessageId();
    const second = nextMessageId();
    expect(second.slice(0, 8)).toBe(first.slice(0, 8));
    expect(parseInt(second.slice(8), 16)).toBe(parseInt(first.slice(8), 16) + 1);
  });
});
