import { describe, expect, it } from "vitest";
import { csvCell, csvLine } from "./csv-cell";

describe("csvCell", () => {
  it("neutralises cells a spreadsheet would run as formulas", () => {
    expect(csvCell('=HYPERLINK("http://x")')).toBe('"\'=HYPERLINK(""http://x"")"');
    expect(csvCell("+49 151")).toBe("'+49 151");
    expect(csvCell("+1+cmd|' /C calc'!A0")).toBe("'+1+cmd|' /C calc'!A0");
    expect(csvCell("-2")).toBe("'-2");
    expect(csvCell("@SUM(A1)")).toBe("'@SUM(A1)");
  });

  it("quotes commas, quotes and line breaks", () => {
    expect(csvCell("Smith, Jr")).toBe('"Smith, Jr"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell("two\nlines")).toBe('"two\nlines"');
  });

  it("leaves an E.164 phone number as it is", () => {
    expect(csvCell("+4915112345678")).toBe("+4915112345678");
  });

  it("leaves numbers and plain text alone", () => {
    expect(csvCell(-5)).toBe("-5");
    expect(csvCell("Zoë")).toBe("Zoë");
    expect(csvCell(null)).toBe("");
  });

  it("ends a line with CRLF", () => {
    expect(csvLine(["a", 1, null])).toBe("a,1,\r\n");
  });
});
