import { describe, expect, it } from "vitest";
import { ValidationError } from "@/lib/errors";
import { normalizePhone } from "./normalize-phone";
import type { CountryCode } from "./index";

function accepted(raw: string, country: CountryCode = "DE") {
  return normalizePhone(raw, country);
}

describe("normalizePhone accepts", () => {
  it.each([
    ["0151 1234 5678"],
    ["0151-1234-5678"],
    ["0151.1234.5678"],
    ["0151/12345678"],
    ["(0151) 1234 5678"],
    ["+49 151 12345678"],
    ["0049 151 12345678"],
    ["+49 (0)151 12345678"],
    ["tel:+49-151-1234-5678"],
    ["TEL: 0151 12345678"],
    ['"0151 12345678"'],
    ["'0151 12345678"],
    ['="0151 12345678"'],
    ["  0151 12345678  "],
    ["\u00A00151\u00A01234\u00A05678\u00A0"],
    ["0151\u202F1234\u202F5678"],
    ["0151\u20131234\u20135678"],
    ["0151\u20111234\u20115678"],
    ["\u200B0151 12345678\uFEFF"],
    ["\uFF10\uFF11\uFF15\uFF11 \uFF11\uFF12\uFF13\uFF14 \uFF15\uFF16\uFF17\uFF18"],
    ["\uFF0B\uFF14\uFF19 \uFF11\uFF15\uFF11 \uFF11\uFF12\uFF13\uFF14\uFF15\uFF16\uFF17\uFF18"],
    ["\u0660\u0661\u0665\u0661\u0661\u0662\u0663\u0664\u0665\u0666\u0667\u0668"],
  ])("%j in a German list as +4915112345678", (raw) => {
    expect(accepted(raw)).toEqual({ ok: true, e164: "+4915112345678" });
  });

  it.each([
    ["4.915112345678E+12"],
    ["4,915112345678E+12"],
    ["4.915112345678e12"],
    ["4915112345678.0"],
    ["4915112345678,0"],
    ["15112345678.0"],
  ])("the spreadsheet number %j with all digits intact as +4915112345678", (raw) => {
    expect(accepted(raw)).toEqual({ ok: true, e164: "+4915112345678" });
  });

  it("a spreadsheet number of a US list that lacks the calling code as national, not as Morocco (+212)", () => {
    expect(accepted("2125550123.0", "US")).toEqual({ ok: true, e164: "+12125550123" });
  });

  it.each<[string, CountryCode, string]>([
    ["030 12345678", "DE", "+493012345678"],
    ["(212) 555-0123", "US", "+12125550123"],
    ["+1 212 555 0123", "DE", "+12125550123"],
    ["07911 123456", "GB", "+447911123456"],
    ["06 12 34 56 78", "FR", "+33612345678"],
    ["8 (912) 345-67-89", "RU", "+79123456789"],
    ["+7 701 123 4567", "DE", "+77011234567"],
    ["(11) 97026-6034", "BR", "+5511970266034"],
    ["011 49 151 12345678", "US", "+4915112345678"],
  ])("%j with default %s as %s", (raw, country, e164) => {
    expect(accepted(raw, country)).toEqual({ ok: true, e164 });
  });

  it("00 as the international prefix where the country's own is another (US: 011)", () => {
    expect(accepted("0049 151 12345678", "US")).toEqual({ ok: true, e164: "+4915112345678" });
  });

  it("national numbers that begin with 00 where they are valid (India's 000800, Japan's 0036)", () => {
    expect(accepted("000800 1234567", "IN")).toEqual({ ok: true, e164: "+910008001234567" });
    expect(accepted("00368310714", "JP")).toEqual({ ok: true, e164: "+8100368310714" });
  });
});

describe("normalizePhone rejects", () => {
  it.each([[""], ["   "], ['""'], ["tel:"], ["-"], ["+"]])("%j as a missing number", (raw) => {
    expect(accepted(raw)).toEqual({ ok: false, reason: "Missing phone number" });
  });

  it.each([["abc"], ["0151 CALL NOW"], ["n/a"], ["+1-800-FLOWERS"]])("%j for its letters", (raw) => {
    expect(accepted(raw)).toEqual({ ok: false, reason: `Phone number contains letters ("${raw}")` });
  });

  it.each([
    ["0151 12345678 x123"],
    ["0151 12345678x123"],
    ["0151 12345678 ext. 12"],
    ["0151 12345678, extension 12"],
    ["+49 151 12345678 #12"],
    ["tel:+49-151-1234-5678;ext=1234"],
  ])("%j for its extension", (raw) => {
    expect(accepted(raw)).toEqual({
      ok: false,
      reason: `Phone number has an extension ("${raw}"); text messages cannot reach an extension`,
    });
  });

  it.each([["4.91511E+12"], ["4,91511E+12"], ["4.9151123456E+12"], ["1E+12"]])(
    "the spreadsheet number %j, which lost digits",
    (raw) => {
      expect(accepted(raw)).toEqual({
        ok: false,
        reason: `Number looks converted by a spreadsheet and lost digits ("${raw}"); format the column as text and export again`,
      });
    },
  );

  it("a spreadsheet number with a fraction", () => {
    expect(accepted("4.91511E+2")).toEqual({
      ok: false,
      reason: 'Number looks converted by a spreadsheet and is not a whole number ("4.91511E+2")',
    });
  });

  it.each([["030 12"], ["0151 1234 5678 9012 3456"], ["12"], ["0"]])(
    "%j as not valid for the default country",
    (raw) => {
      expect(accepted(raw)).toEqual({ ok: false, reason: `Not a valid number for Germany ("${raw}")` });
    },
  );

  it("a number too short for its calling code, naming the country when the code has one", () => {
    expect(accepted("+49 30 12", "US")).toEqual({
      ok: false,
      reason: 'Not a valid number for Germany ("+49 30 12")',
    });
    expect(accepted("0033 1", "DE")).toEqual({
      ok: false,
      reason: 'Not a valid number for France ("0033 1")',
    });
  });

  it("a number of a shared calling code without naming a country", () => {
    expect(accepted("+12")).toEqual({ ok: false, reason: 'Not a valid phone number ("+12")' });
    expect(accepted("+1 212 555")).toEqual({ ok: false, reason: 'Not a valid phone number ("+1 212 555")' });
    expect(accepted("+7 12")).toEqual({ ok: false, reason: 'Not a valid phone number ("+7 12")' });
  });

  it.each([["+999 1234 5678"], ["00999 1234 5678"], ["+999"]])("%j for its unknown country code", (raw) => {
    expect(accepted(raw)).toEqual({ ok: false, reason: "Unknown country code (+999…)" });
  });

  it("a country code that starts with 0", () => {
    expect(accepted("+0151 1234")).toEqual({ ok: false, reason: "Unknown country code (+015…)" });
  });

  it.each([["0151 1234567, 0170 7654321"], ["0151*1234567"], ["0151 + 1234"], ["0151_1234567"]])(
    "%j for characters that are no part of a phone number",
    (raw) => {
      expect(accepted(raw)).toEqual({
        ok: false,
        reason: `Phone number contains characters that do not belong in a phone number ("${raw}")`,
      });
    },
  );

  it("a cell too long to be a phone number, quoting its start", () => {
    expect(accepted("1".repeat(101))).toEqual({
      ok: false,
      reason: `Too long for a phone number ("${"1".repeat(39)}…")`,
    });
  });

  it("a number in a range libphonenumber holds unassigned (the UK drama range 07700 900…)", () => {
    expect(accepted("07700 900123", "GB")).toEqual({
      ok: false,
      reason: 'Not a valid number for United Kingdom ("07700 900123")',
    });
  });

  it("quotes the cell without its surrounding quotes and spaces", () => {
    expect(accepted('  "030 12"  ')).toEqual({
      ok: false,
      reason: 'Not a valid number for Germany ("030 12")',
    });
  });
});

describe("normalizePhone refuses", () => {
  it("a default country libphonenumber has no plan for", () => {
    expect(() => normalizePhone("0151 12345678", "XX" as CountryCode)).toThrow(ValidationError);
  });
});
