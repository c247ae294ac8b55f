import { describe, expect, it } from "vitest";
import { appendOptOutText } from "./append-opt-out-text";

describe("appendOptOutText", () => {
  const optOut = "Reply STOP to opt out";

  it("adds the opt-out sentence on a new line", () => {
    expect(appendOptOutText("Sale ends today!", optOut)).toBe("Sale ends today!\nReply STOP to opt out");
  });

  it("does not add a second line break or space", () => {
    expect(appendOptOutText("Sale!\n", optOut)).toBe("Sale!\nReply STOP to opt out");
    expect(appendOptOutText("Sale! ", optOut)).toBe("Sale! Reply STOP to opt out");
  });

  it("leaves the text alone when it already contains the sentence, whatever the case", () => {
    expect(appendOptOutText("Sale! REPLY STOP TO OPT OUT", optOut)).toBe("Sale! REPLY STOP TO OPT OUT");
  });

  it("ignores a blank opt-out setting and returns the sentence alone for blank text", () => {
    expect(appendOptOutText("Sale!", "  ")).toBe("Sale!");
    expect(appendOptOutText("", ` ${optOut} `)).toBe(optOut);
  });
});
