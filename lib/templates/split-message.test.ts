import { describe, expect, it } from "vitest";
import { encodeGsm7, encodeUcs2 } from "./encode-gsm7";
import { splitMessage } from "./split-message";

const a = (n: number) => "a".repeat(n);
const e = (n: number) => "ë".repeat(n);
const EMOJI = "😀";
const hex = (bytes: Buffer | null) => (bytes === null ? null : bytes.toString("hex"));

describe("encodeGsm7", () => {
  it("writes one unpacked septet per octet, with 0x1B before extension characters", () => {
    expect(hex(encodeGsm7("@£$ Hi €["))).toBe("000102204869201b651b3c");
    expect(hex(encodeGsm7("ÆæßÉ¡§¿àΔ_\n\r¤"))).toBe("1c1d1e1f405f607f10110a0d24");
    expect(hex(encodeGsm7("{}\\^~|]\f"))).toBe("1b281b291b2f1b141b3d1b401b3e1b0a");
  });

  it("refuses a character outside GSM-7", () => {
    expect(() => encodeGsm7("Zoë")).toThrow(new RangeError("“ë” at index 2 cannot be encoded in GSM-7."));
  });
});

describe("encodeUcs2", () => {
  it("writes UTF-16 big-endian, emoji as their surrogate pair", () => {
    expect(hex(encodeUcs2("Zoë😀"))).toBe("005a006f00ebd83dde00");
  });
});

describe("splitMessage", () => {
  it("sends a short message as one part with no header", () => {
    const parts = splitMessage("Hello €", { reference: 1 });
    expect(parts).toHaveLength(1);
    expect(parts[0]).toEqual({
      index: 1,
      total: 1,
      text: "Hello €",
      encoding: "GSM-7",
      dataCoding: 0,
      bytes: Buffer.from("48656c6c6f201b65", "hex"),
      udh: null,
    });
  });

  it("sends 160 GSM-7 characters as one part and 161 as two with concatenation headers", () => {
    expect(splitMessage(a(160), { reference: 0 })).toHaveLength(1);
    const parts = splitMessage(a(161), { reference: 0xab });
    expect(
      parts.map((part) => [part.index, part.total, part.text.length, part.bytes.length, hex(part.udh)]),
    ).toEqual([
      [1, 2, 153, 153, "050003ab0201"],
      [2, 2, 8, 8, "050003ab0202"],
    ]);
  });

  it("keeps an escape and its character in the same part (a part may carry 152 septets)", () => {
    const parts = splitMessage(a(152) + "€" + a(10), { reference: 7 });
    expect(parts.map((part) => part.text)).toEqual([a(152), "€" + a(10)]);
    expect(parts.map((part) => part.bytes.length)).toEqual([152, 12]);
    expect(hex(parts[1]!.bytes.subarray(0, 3))).toBe("1b6561");
  });

  it("cuts where analyzeText counts: 159 basic characters and a € make two parts", () => {
    const parts = splitMessage(a(159) + "€", { reference: 7 });
    expect(parts.map((part) => [part.text, part.bytes.length])).toEqual([
      [a(153), 153],
      [a(6) + "€", 8],
    ]);
  });

  it("sends 70 UCS-2 units as one part and 71 as two of at most 67, with data_coding 8", () => {
    expect(splitMessage(e(70), { reference: 3 })).toHaveLength(1);
    const parts = splitMessage(e(71), { reference: 3 });
    expect(
      parts.map((part) => [part.text.length, part.bytes.length, part.dataCoding, hex(part.udh)]),
    ).toEqual([
      [67, 134, 8, "050003030201"],
      [4, 8, 8, "050003030202"],
    ]);
  });

  it("splits 135 UCS-2 units into three parts", () => {
    expect(splitMessage(e(135), { reference: 3 }).map((part) => part.text.length)).toEqual([67, 67, 1]);
  });

  it("never splits a surrogate pair across parts (a part may carry 66 units)", () => {
    const parts = splitMessage(e(66) + EMOJI + e(10), { reference: 9 });
    expect(parts.map((part) => part.text)).toEqual([e(66), EMOJI + e(10)]);
    expect(parts.map((part) => part.bytes.length)).toEqual([132, 24]);
    expect(hex(parts[1]!.bytes.subarray(0, 4))).toBe("d83dde00");
  });

  it("keeps every emoji whole when a message is nothing but emoji", () => {
    const parts = splitMessage(EMOJI.repeat(36), { reference: 9 });
    expect(parts.map((part) => part.text)).toEqual([EMOJI.repeat(33), EMOJI.repeat(3)]);
  });

  it("sends empty text as one empty part", () => {
    expect(splitMessage("", { reference: 0 })).toEqual([
      { index: 1, total: 1, text: "", encoding: "GSM-7", dataCoding: 0, bytes: Buffer.alloc(0), udh: null },
    ]);
  });

  it("rejects a reference outside 0–255 and a message beyond 255 parts", () => {
    expect(() => splitMessage("x", { reference: 256 })).toThrow(RangeError);
    expect(() => splitMessage("x", { reference: -1 })).toThrow(RangeError);
    expect(() => splitMessage("x", { reference: 1.5 })).toThrow(RangeError);
    expect(() => splitMessage(a(153 * 255 + 1), { reference: 1 })).toThrow(
      "The message needs 256 parts; at most 255 can be concatenated.",
    );
    expect(splitMessage(a(153 * 255), { reference: 1 })).toHaveLength(255);
  });
});
