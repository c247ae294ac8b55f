import { describe, expect, it } from "vitest";
import { analyzeText } from "./analyze-text";
import { GSM7_EXTENSION_CHARACTERS, GSM7_SEPTET, GSM7_WIDTH, isGsm7Character } from "./gsm7-alphabet";

const a = (n: number) => "a".repeat(n);
const e = (n: number) => "ë".repeat(n);
const EMOJI = "😀";

function counts(text: string) {
  const { encoding, units, segments, perSegment, unitsLeftInSegment } = analyzeText(text);
  return { encoding, units, segments, perSegment, unitsLeftInSegment };
}

describe("the GSM 03.38 tables", () => {
  it("hold 127 basic characters (128 septets minus the escape) and 10 extension characters", () => {
    let basic = 0;
    let extension = 0;
    for (const width of GSM7_WIDTH) {
      if (width === 1) basic++;
      if (width === 2) extension++;
    }
    expect(basic).toBe(127);
    expect(extension).toBe(10);
    expect(GSM7_EXTENSION_CHARACTERS.join("")).toBe("\f^{}\\[~]|€");
  });

  it("maps characters to their septets", () => {
    const septet = (char: string) => GSM7_SEPTET[char.charCodeAt(0)];
    expect([
      septet("@"),
      septet("£"),
      septet("$"),
      septet("Δ"),
      septet("¤"),
      septet("¡"),
      septet("¿"),
      septet("à"),
    ]).toEqual([0x00, 0x01, 0x02, 0x10, 0x24, 0x40, 0x60, 0x7f]);
    expect([septet("€"), septet("["), septet("|")]).toEqual([0x65, 0x3c, 0x40]);
  });

  it("knows which accented letters GSM-7 has: é and ö yes, ë and á no", () => {
    expect(["é", "è", "ö", "ñ", "Ç", "ø"].map(isGsm7Character)).toEqual([true, true, true, true, true, true]);
    expect(["ë", "á", "í", "ç", "ł", "`", "\t"].map(isGsm7Character)).toEqual([
      false,
      false,
      false,
      false,
      false,
      false,
      false,
    ]);
  });
});

describe("analyzeText: GSM-7", () => {
  it("fits 160 septets in one segment", () => {
    expect(counts(a(160))).toEqual({
      encoding: "GSM-7",
      units: 160,
      segments: 1,
      perSegment: 160,
      unitsLeftInSegment: 0,
    });
  });

  it("needs two 153-septet segments at 161", () => {
    expect(counts(a(161))).toEqual({
      encoding: "GSM-7",
      units: 161,
      segments: 2,
      perSegment: 153,
      unitsLeftInSegment: 145,
    });
  });

  it("fits 306 septets in two segments and needs three at 307", () => {
    expect(counts(a(306))).toEqual({
      encoding: "GSM-7",
      units: 306,
      segments: 2,
      perSegment: 153,
      unitsLeftInSegment: 0,
    });
    expect(counts(a(307))).toEqual({
      encoding: "GSM-7",
      units: 307,
      segments: 3,
      perSegment: 153,
      unitsLeftInSegment: 152,
    });
  });

  it("counts extension characters as two septets", () => {
    expect(counts("€[]{}^~|\\\f")).toEqual({
      encoding: "GSM-7",
      units: 20,
      segments: 1,
      perSegment: 160,
      unitsLeftInSegment: 140,
    });
  });

  it("fits 158 basic characters and a € (160 septets) in one segment", () => {
    expect(counts(a(158) + "€")).toEqual({
      encoding: "GSM-7",
      units: 160,
      segments: 1,
      perSegment: 160,
      unitsLeftInSegment: 0,
    });
  });

  it("needs two segments for 159 basic characters and a € (161 septets)", () => {
    expect(counts(a(159) + "€")).toEqual({
      encoding: "GSM-7",
      units: 161,
      segments: 2,
      perSegment: 153,
      unitsLeftInSegment: 145,
    });
  });

  it("does not split an escape across parts, so 306 septets can need three segments", () => {
    // Septets 153–154 would be the €: the first part stops at 152.
    expect(counts(a(152) + "€" + a(152))).toEqual({
      encoding: "GSM-7",
      units: 306,
      segments: 3,
      perSegment: 153,
      unitsLeftInSegment: 152,
    });
  });

  it("packs 76 € per part when every character is an extension character", () => {
    expect(counts("€".repeat(80))).toMatchObject({ units: 160, segments: 1 });
    expect(counts("€".repeat(81))).toEqual({
      encoding: "GSM-7",
      units: 162,
      segments: 2,
      perSegment: 153,
      unitsLeftInSegment: 143,
    });
  });

  it("treats empty text as one GSM-7 segment of 0 septets", () => {
    expect(analyzeText("")).toEqual({
      encoding: "GSM-7",
      units: 0,
      segments: 1,
      perSegment: 160,
      unitsLeftInSegment: 160,
      nonGsmCharacters: [],
    });
  });
});

describe("analyzeText: UCS-2", () => {
  it("fits 70 units in one segment and needs two 67-unit segments at 71", () => {
    expect(counts(e(70))).toEqual({
      encoding: "UCS-2",
      units: 70,
      segments: 1,
      perSegment: 70,
      unitsLeftInSegment: 0,
    });
    expect(counts(e(71))).toEqual({
      encoding: "UCS-2",
      units: 71,
      segments: 2,
      perSegment: 67,
      unitsLeftInSegment: 63,
    });
  });

  it("fits 134 units in two segments and needs three at 135", () => {
    expect(counts(e(134))).toEqual({
      encoding: "UCS-2",
      units: 134,
      segments: 2,
      perSegment: 67,
      unitsLeftInSegment: 0,
    });
    expect(counts(e(135))).toEqual({
      encoding: "UCS-2",
      units: 135,
      segments: 3,
      perSegment: 67,
      unitsLeftInSegment: 66,
    });
  });

  it("switches the whole message to UCS-2 for one character, where € counts one unit", () => {
    expect(counts(a(100) + "ë€")).toEqual({
      encoding: "UCS-2",
      units: 102,
      segments: 2,
      perSegment: 67,
      unitsLeftInSegment: 32,
    });
  });

  it("counts an emoji as two units: 35 fit one segment, 36 need two", () => {
    expect(counts(EMOJI.repeat(35))).toEqual({
      encoding: "UCS-2",
      units: 70,
      segments: 1,
      perSegment: 70,
      unitsLeftInSegment: 0,
    });
    // 33 emoji (66 units) per part: the 34th would straddle the boundary.
    expect(counts(EMOJI.repeat(36))).toEqual({
      encoding: "UCS-2",
      units: 72,
      segments: 2,
      perSegment: 67,
      unitsLeftInSegment: 61,
    });
  });

  it("never splits a surrogate pair, so 134 units can need three segments", () => {
    expect(counts(e(66) + EMOJI + e(66))).toEqual({
      encoding: "UCS-2",
      units: 134,
      segments: 3,
      perSegment: 67,
      unitsLeftInSegment: 66,
    });
    // Without a pair on the boundary the same length fits two.
    expect(counts(e(65) + EMOJI + e(67))).toMatchObject({ units: 134, segments: 2 });
  });

  it("counts a lone surrogate as one unit", () => {
    expect(counts("\ud83d" + a(70))).toEqual({
      encoding: "UCS-2",
      units: 71,
      segments: 2,
      perSegment: 67,
      unitsLeftInSegment: 63,
    });
  });
});

describe("analyzeText: characters that force UCS-2", () => {
  it("lists each with its index and, for look-alikes, the GSM-7 replacement", () => {
    expect(analyzeText("Zoë says “hi” 👋 – ok").nonGsmCharacters).toEqual([
      { char: "ë", index: 2 },
      { char: "“", index: 9, replacement: '"' },
      { char: "”", index: 12, replacement: '"' },
      { char: "👋", index: 14 },
      { char: "–", index: 17, replacement: "-" },
    ]);
  });

  it("lists invisible characters with an empty replacement", () => {
    expect(analyzeText("a\u200bb").nonGsmCharacters).toEqual([{ char: "\u200b", index: 1, replacement: "" }]);
  });
});
