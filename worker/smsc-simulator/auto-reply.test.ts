import { describe, expect, it } from "vitest";
import { autoReplyText } from "./auto-reply";

const numbers = Array.from({ length: 10_000 }, (_, i) => `4477009${String(i).padStart(5, "0")}`);

describe("autoReplyText", () => {
  it("answers for about the share asked, the same numbers every time", () => {
    const settings = { share: 0.3, texts: ["Yes", "No", "STOP"] };
    const replying = numbers.filter((number) => autoReplyText(number, settings) !== null);
    expect(replying.length).toBeGreaterThan(2_700);
    expect(replying.length).toBeLessThan(3_300);
    expect(numbers.filter((number) => autoReplyText(number, settings) !== null)).toEqual(replying);
    expect(new Set(replying.map((number) => autoReplyText(number, settings)))).toEqual(
      new Set(["Yes", "No", "STOP"]),
    );
  });

  it("answers for none at share 0 and for all at share 1", () => {
    expect(numbers.some((number) => autoReplyText(number, { share: 0, texts: ["x"] }) !== null)).toBe(false);
    expect(numbers.every((number) => autoReplyText(number, { share: 1, texts: ["x"] }) === "x")).toBe(true);
  });

  it("keeps the numbers of a smaller share within those of a larger one", () => {
    const small = numbers.filter((number) => autoReplyText(number, { share: 0.1, texts: ["x"] }));
    const large = new Set(numbers.filter((number) => autoReplyText(number, { share: 0.5, texts: ["x"] })));
    expect(small.every((number) => large.has(number))).toBe(true);
  });
});
