import { describe, expect, it } from "vitest";
import { readCsvPreview } from "./read-csv-preview";

const MB = 1024 * 1024;

describe("readCsvPreview", () => {
  it("refuses an empty file", async () => {
    expect(await readCsvPreview(new File([], "empty.csv"), MB)).toEqual({
      ok: false,
      message: "This file is empty.",
    });
  });

  it("refuses a file over the limit before reading it", async () => {
    const file = new File([new Uint8Array(2 * MB + 1)], "big.csv");
    expect(await readCsvPreview(file, 2 * MB)).toEqual({
      ok: false,
      message: "The file is larger than 2 MB. Split it into smaller files.",
    });
  });

  it("refuses a file with only blank lines", async () => {
    expect(await readCsvPreview(new File(["\r\n\r\n"], "blank.csv"), MB)).toEqual({
      ok: false,
      message: "This file has no rows. Check that you chose the right file.",
    });
  });

  it("reads only the start of a long file", async () => {
    const rows = Array.from({ length: 20_000 }, (_, i) => `+49151${String(i).padStart(8, "0")},Name ${i}`);
    const file = new File([["phone,name", ...rows].join("\n")], "long.csv");
    const result = await readCsvPreview(file, 10 * MB);
    expect(result.ok && result.preview.rows.length).toBe(11);
    expect(result.ok && result.preview.fileBytes).toBe(file.size);
  });
});
