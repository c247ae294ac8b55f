import { describe, expect, it } from "vitest";
import { readCsvRows, type CsvRow } from "./read-csv-rows";

async function* inChunks(text: string, size: number): AsyncGenerator<string> {
  for (let i = 0; i < text.length; i += size) yield text.slice(i, i + size);
}

async function readAll(text: string, chunkSize = 1_000_000, delimiter = ""): Promise<CsvRow[]> {
  const rows: CsvRow[] = [];
  for await (const batch of readCsvRows(inChunks(text, chunkSize), { batchSize: 3, delimiter }))
    rows.push(...batch);
  return rows;
}

const TRICKY =
  'phone,name,note\r\n"+49 151 1",Anna,plain\r\n\r\n"+49 152 2","Bob, Jr","two\r\nlines"\r\n+49 153 3,Zoë,"say ""hi"""\r\n   \r\n+49 154 4,Eve,last';

describe("readCsvRows", () => {
  it("gives each row its fields, its original text and the line it starts on", async () => {
    const rows = await readAll(TRICKY);
    expect(rows.map((r) => [r.line, r.fields])).toEqual([
      [1, ["phone", "name", "note"]],
      [2, ["+49 151 1", "Anna", "plain"]],
      [4, ["+49 152 2", "Bob, Jr", "two\r\nlines"]],
      [6, ["+49 153 3", "Zoë", 'say "hi"']],
      [8, ["+49 154 4", "Eve", "last"]],
    ]);
    expect(rows[2]!.raw).toBe('"+49 152 2","Bob, Jr","two\r\nlines"');
  });

  it("gives the same rows however the text is split into chunks", async () => {
    const whole = await readAll(TRICKY);
    for (let size = 1; size <= 40; size++)
      expect(await readAll(TRICKY, size), `chunk size ${size}`).toEqual(whole);
  });

  it("reads LF and old-Mac CR line ends", async () => {
    expect((await readAll("a,b\n1,2\n3,4")).map((r) => r.line)).toEqual([1, 2, 3]);
    expect((await readAll("a,b\r1,2\r3,4")).map((r) => r.fields)).toEqual([
      ["a", "b"],
      ["1", "2"],
      ["3", "4"],
    ]);
  });

  it("detects semicolon and tab delimiters", async () => {
    expect((await readAll("phone;name\n+49 151;Anna"))[1]!.fields).toEqual(["+49 151", "Anna"]);
    expect((await readAll("phone\tname\n+49 151\tAnna"))[1]!.fields).toEqual(["+49 151", "Anna"]);
  });

  it("detects semicolons in a short file that ends with a line break", async () => {
    expect((await readAll("name;city\nAnn;Berlin\n"))[1]!.fields).toEqual(["Ann", "Berlin"]);
  });

  it("uses the delimiter it is given", async () => {
    expect((await readAll("a;b,c\n1;2,3", 100, ";"))[1]!.fields).toEqual(["1", "2,3"]);
  });

  it("reports a stray quote on its own row without losing the next rows", async () => {
    const rows = await readAll('phone,name\n+49 151,"An"na"\n+49 152,Bob');
    expect(rows[1]!.problem).toBeDefined();
    expect(rows[1]!.raw).toBe('+49 151,"An"na"');
    expect(rows[2]).toMatchObject({ line: 3, fields: ["+49 152", "Bob"] });
    expect(rows[2]!.problem).toBeUndefined();
  });

  it("yields nothing for empty text", async () => {
    expect(await readAll("")).toEqual([]);
    expect(await readAll("\r\n\r\n")).toEqual([]);
  });
});
