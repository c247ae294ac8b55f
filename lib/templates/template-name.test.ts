import { describe, expect, it } from "vitest";
import { copyName } from "./template-name";

describe("copyName", () => {
  it("takes the first free “Copy of …” name", () => {
    expect(copyName("Welcome", new Set())).toBe("Copy of Welcome");
    expect(copyName("Welcome", new Set(["Copy of Welcome"]))).toBe("Copy of Welcome (2)");
    expect(copyName("Welcome", new Set(["Copy of Welcome", "Copy of Welcome (2)"]))).toBe(
      "Copy of Welcome (3)",
    );
  });

  it("shortens a long name to stay within 100 characters, never splitting an emoji", () => {
    const long = "a".repeat(91) + "🎉" + "b".repeat(10);
    const copy = copyName(long, new Set());
    expect(copy).toBe(`Copy of ${"a".repeat(91)}`);
    expect(copy.length).toBe(99);
    expect(copyName("x".repeat(100), new Set([`Copy of ${"x".repeat(92)}`]))).toBe(
      `Copy of ${"x".repeat(88)} (2)`,
    );
  });
});
