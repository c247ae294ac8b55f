import { describe, expect, it } from "vitest";
import { concatenatedPartIndex, startsMessage } from "./concatenation";

const UDHI = 0x40;
const text = Buffer.from("hello", "ascii");

function withUdh(header: number[]): Buffer {
  return Buffer.concat([Buffer.from([header.length, ...header]), text]);
}

describe("concatenatedPartIndex", () => {
  it("reads the part index of the 8-bit reference element (00 03 ref total index)", () => {
    expect(concatenatedPartIndex(withUdh([0x00, 0x03, 0x2a, 0x03, 0x02]), UDHI)).toBe(2);
  });

  it("reads the part index of the 16-bit reference element (08 04 ref ref total index)", () => {
    expect(concatenatedPartIndex(withUdh([0x08, 0x04, 0x12, 0x34, 0x03, 0x03]), UDHI)).toBe(3);
  });

  it("finds the element after others in the same header", () => {
    // A port-addressing element (05 04 dst dst src src) first, then the 8-bit concatenation element.
    const header = [0x05, 0x04, 0x0b, 0x84, 0x23, 0xf0, 0x00, 0x03, 0x07, 0x02, 0x01];
    expect(concatenatedPartIndex(withUdh(header), UDHI)).toBe(1);
  });

  it("is null without the UDHI bit, even if the bytes look like a header", () => {
    expect(concatenatedPartIndex(withUdh([0x00, 0x03, 0x2a, 0x03, 0x02]), 0)).toBeNull();
  });

  it("is null for a header without a concatenation element", () => {
    expect(concatenatedPartIndex(withUdh([0x24, 0x01, 0x01]), UDHI)).toBeNull();
  });

  it("is null for an empty message and for headers that run past the message", () => {
    expect(concatenatedPartIndex(Buffer.alloc(0), UDHI)).toBeNull();
    expect(concatenatedPartIndex(Buffer.from([0x05, 0x00, 0x03, 0x2a]), UDHI)).toBeNull();
    expect(concatenatedPartIndex(Buffer.from([0x0a, 0x00, 0x09, 0x2a, 0x03, 0x01]), UDHI)).toBeNull();
  });
});

describe("startsMessage", () => {
  it("counts a whole message and part 1, not the later parts", () => {
    expect(startsMessage(text, 0, undefined)).toBe(true);
    expect(startsMessage(withUdh([0x00, 0x03, 0x2a, 0x03, 0x01]), UDHI, undefined)).toBe(true);
    expect(startsMessage(withUdh([0x00, 0x03, 0x2a, 0x03, 0x02]), UDHI, undefined)).toBe(false);
  });

  it("reads sar_segment_seqnum when there is no concatenation header", () => {
    expect(startsMessage(text, 0, 1)).toBe(true);
    expect(startsMessage(text, 0, 2)).toBe(false);
  });
});
