import { describe, expect, it } from "vitest";
import { normalizeSmscMessageId, receiptIdCandidates } from "./smsc-message-id";

describe("normalizeSmscMessageId", () => {
  it.each([
    ["a1b2c3", "a1b2c3"],
    ["A1B2C3", "a1b2c3"],
    ["  00A1b2 \n", "a1b2"],
    ["000123", "123"],
    ["0", "0"],
    ["0000", "0"],
    ["", ""],
    ["msg-0001", "msg-0001"],
  ])("%j → %j", (id, normalized) => {
    expect(normalizeSmscMessageId(id)).toBe(normalized);
  });
});

describe("receiptIdCandidates", () => {
  it("adds the hex and decimal readings of a decimal id", () => {
    // 12345 in decimal is 0x3039; the digits read as hex are 74565.
    expect(receiptIdCandidates("0012345")).toEqual(["12345", "3039", "74565"]);
  });

  it("adds the decimal reading of a hex id, in any case and with leading zeros", () => {
    expect(receiptIdCandidates("00FF")).toEqual(["ff", "255"]);
    expect(receiptIdCandidates("1a2b3c4d5e6f7a8b9c0d")).toEqual([
      "1a2b3c4d5e6f7a8b9c0d",
      "123579083782828659022861",
    ]);
  });

  it("matches the other side whichever form each side used", () => {
    const hexId = "0a1b2c3d4e5f60718293";
    const decimalId = BigInt(`0x${hexId}`).toString(10);
    expect(receiptIdCandidates(decimalId)).toContain(normalizeSmscMessageId(hexId));
    expect(receiptIdCandidates(hexId.toUpperCase())).toContain(decimalId);
  });

  it("keeps ids that are neither hex nor decimal as they are, and never repeats one", () => {
    expect(receiptIdCandidates("msg-17")).toEqual(["msg-17"]);
    expect(receiptIdCandidates("0")).toEqual(["0"]);
    expect(receiptIdCandidates("7")).toEqual(["7"]);
    expect(receiptIdCandidates("10")).toEqual(["10", "a", "16"]);
  });
});
