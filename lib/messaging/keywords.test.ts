import { describe, expect, it } from "vitest";
import { classifyKeyword } from "./keywords";

const lists = {
  optOutKeywords: ["STOP", "STOPALL", "UNSUBSCRIBE", "CANCEL", "END", "QUIT", "OPTOUT", "REVOKE"],
  optInKeywords: ["START", "UNSTOP"],
  helpKeywords: ["HELP", "INFO"],
};

describe("keywords", () => {
  it("recognises every default keyword in any case with surrounding spaces", () => {
    for (const word of lists.optOutKeywords) {
      expect(classifyKeyword(word, lists)).toBe("opt_out");
      expect(classifyKeyword(`  ${word.toLowerCase()} `, lists)).toBe("opt_out");
    }
    expect(classifyKeyword("Start", lists)).toBe("opt_in");
    expect(classifyKeyword("unstop", lists)).toBe("opt_in");
    expect(classifyKeyword("help", lists)).toBe("help");
    expect(classifyKeyword("Info!", lists)).toBe("help");
    expect(classifyKeyword("Stop.", lists)).toBe("opt_out");
  });

  it("leaves sentences, empty messages and near misses to a person", () => {
    expect(classifyKeyword("please stop", lists)).toBeNull();
    expect(classifyKeyword("STOP IT", lists)).toBeNull();
    expect(classifyKeyword("stopp", lists)).toBeNull();
    expect(classifyKeyword("   ", lists)).toBeNull();
  });

  it("uses the organization's own lists", () => {
    const custom = { optOutKeywords: ["ABMELDEN"], optInKeywords: [], helpKeywords: ["HILFE"] };
    expect(classifyKeyword("abmelden", custom)).toBe("opt_out");
    expect(classifyKeyword("STOP", custom)).toBeNull();
    expect(classifyKeyword("Hilfe", custom)).toBe("help");
  });
});
