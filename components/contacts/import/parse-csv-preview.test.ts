import { describe, expect, it } from "vitest";
import { parseCsvPreview } from "./parse-csv-preview";

describe("parseCsvPreview", () => {
  it("detects semicolons and tabs", () => {
    expect(parseCsvPreview("phone;name\n0151;Ann")?.delimiter).toBe(";");
    expect(parseCsvPreview("phone\tname\n0151\tAnn")?.delimiter).toBe("\t");
    expect(parseCsvPreview("name;city\nAnn;Berlin\n")?.delimiter).toBe(";");
    expect(parseCsvPreview("name|city\r\n\r\nAnn|Berlin\r\n\r\n")?.delimiter).toBe("|");
  });

  it("keeps quoted commas and line breaks inside a field", () => {
    expect(parseCsvPreview('phone,note\r\n0151,"a, b\r\nc"\r\n')).toEqual({
      delimiter: ",",
      rows: [
        ["phone", "note"],
        ["0151", "a, b\r\nc"],
      ],
      columnCount: 2,
    });
  });

  it("leaves out blank lines and reads at most 11 rows", () => {
    const text = ["phone", "", ...Array.from({ length: 20 }, (_, i) => `0151${i}`)].join("\n");
    const preview = parseCsvPreview(text);
    expect(preview?.rows.length).toBe(11);
    expect(preview?.rows[1]).toEqual(["01510"]);
  });

  it("finds no rows in blank text", () => {
    expect(parseCsvPreview("\n  \n")).toBeNull();
  });
});
