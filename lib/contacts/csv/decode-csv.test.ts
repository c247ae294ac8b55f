import { describe, expect, it } from "vitest";
import { CsvFileError, decodeCsv } from "./decode-csv";

async function* bytes(...chunks: (number[] | Uint8Array)[]): AsyncGenerator<Uint8Array> {
  for (const chunk of chunks) yield chunk instanceof Uint8Array ? chunk : Uint8Array.from(chunk);
}

async function decodeAll(source: AsyncIterable<Uint8Array>): Promise<string> {
  let text = "";
  for await (const part of decodeCsv(source)) text += part;
  return text;
}

const utf8 = (text: string) => new TextEncoder().encode(text);

describe("decodeCsv", () => {
  it("strips a UTF-8 byte-order mark", async () => {
    expect(await decodeAll(bytes([0xef, 0xbb, 0xbf], utf8("phone\n")))).toBe("phone\n");
  });

  it("reads Windows-1252 (Excel on Windows) when the file is not UTF-8", async () => {
    // "Zoë;Müller;€5" in Windows-1252
    expect(
      await decodeAll(bytes([0x5a, 0x6f, 0xeb, 0x3b, 0x4d, 0xfc, 0x6c, 0x6c, 0x65, 0x72, 0x3b, 0x80, 0x35])),
    ).toBe("Zoë;Müller;€5");
  });

  it("keeps a UTF-8 character that is split between two chunks", async () => {
    const encoded = utf8("Zoë");
    expect(await decodeAll(bytes(encoded.slice(0, 3), encoded.slice(3)))).toBe("Zoë");
  });

  it("refuses binary data", async () => {
    await expect(decodeAll(bytes([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00]))).rejects.toThrow(CsvFileError);
    await expect(decodeAll(bytes([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00]))).rejects.toThrow(/not a CSV/);
  });

  it("refuses a file that starts as UTF-8 and breaks later, instead of changing characters", async () => {
    const start = utf8("a".repeat(70 * 1024));
    await expect(decodeAll(bytes(start, [0x41, 0xff, 0x42]))).rejects.toThrow(/not valid UTF-8/);
  });

  it("yields nothing for an empty file", async () => {
    expect(await decodeAll(bytes())).toBe("");
  });
});
