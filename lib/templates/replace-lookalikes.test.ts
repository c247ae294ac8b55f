import { describe, expect, it } from "vitest";
import { analyzeText } from "./analyze-text";
import { isGsm7Character } from "./gsm7-alphabet";
import { LOOKALIKE_REPLACEMENTS } from "./lookalikes";
import { replaceLookalikes } from "./replace-lookalikes";

describe("replaceLookalikes", () => {
  it("turns smart quotes, dashes, ellipsis and odd spaces into GSM-7", () => {
    const result = replaceLookalikes("“Don’t miss it” – ends soon…\u00a0• 50%\u200b off");
    expect(result).toEqual({ text: '"Don\'t miss it" - ends soon... - 50% off', replaced: 8 });
    expect(analyzeText(result.text).encoding).toBe("GSM-7");
  });

  it("leaves letters and emoji alone, so the message can stay UCS-2", () => {
    expect(replaceLookalikes("Zoë’s 🎉")).toEqual({ text: "Zoë's 🎉", replaced: 1 });
  });

  it("returns the same text when there is nothing to replace", () => {
    expect(replaceLookalikes("Plain text")).toEqual({ text: "Plain text", replaced: 0 });
  });

  it("only lists characters outside GSM-7, each replaced by GSM-7 characters", () => {
    for (const [from, to] of LOOKALIKE_REPLACEMENTS) {
      expect(isGsm7Character(from), `“${from}” is already GSM-7`).toBe(false);
      expect([...to].every(isGsm7Character), `“${to}” is not GSM-7`).toBe(true);
    }
  });
});
