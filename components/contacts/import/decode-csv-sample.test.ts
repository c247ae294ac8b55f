import { describe, expect, it } from "vitest";
import { NOT_A_CSV_MESSAGE, decodeCsvSample } from "./decode-csv-sample";

const utf8 = (text: string) => new TextEncoder().encode(text);

describe("decodeCsvSample", () => {
  it("reads UTF-8 and drops a byte-order mark", () => {
    expect(decodeCsvSample(utf8("\uFEFFphone;name\n1;Jürgen"), true)).toEqual({
      ok: true,
      text: "phone;name\n1;Jürgen",
      encoding: "utf-8",
    });
  });

  it("falls back to Windows-1252 for Excel's files", () => {
    // "Jürgen" with ü as the single byte 0xFC.
    const bytes = new Uint8Array([0x6e, 0x61, 0x6d, 0x65, 0x0a, 0x4a, 0xfc, 0x72, 0x67, 0x65, 0x6e]);
    expect(decodeCsvSample(bytes, true)).toEqual({
      ok: true,
      text: "name\nJürgen",
      encoding: "windows-1252",
    });
  });

  it("refuses binary data", () => {
    expect(decodeCsvSample(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00]), true)).toEqual({
      ok: false,
      message: NOT_A_CSV_MESSAGE,
    });
  });

  it("cuts a sample of a longer file at its last line break", () => {
    const bytes = utf8("a,b\r\n1,2\r\n3,4");
    expect(decodeCsvSample(bytes, false)).toEqual({ ok: true, text: "a,b\r\n1,2", encoding: "utf-8" });
  });

  it("tolerates a character cut at the end of a sample", () => {
    const bytes = utf8("a\nü").slice(0, -1);
    expect(decodeCsvSample(bytes, false)).toEqual({ ok: true, text: "a", encoding: "utf-8" });
  });
});
