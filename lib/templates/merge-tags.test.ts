import { describe, expect, it } from "vitest";
import { compileTemplate } from "./compile-template";
import { checkFieldName, formatMergeTag, listMergeTags } from "./merge-tags";

describe("custom field names", () => {
  it("allows letters of any script, digits, spaces, dashes and underscores", () => {
    expect(
      ["plan", "renewal_date", "renewal-date", "Renewal Date", "Prénom", "2024 spend", "a.b"].map(
        checkFieldName,
      ),
    ).toEqual([null, null, null, null, null, null, null]);
  });

  it("refuses empty, padded, bracketed, control-character, over-long and reserved names", () => {
    expect(
      [
        "",
        " plan",
        "plan[1]",
        "{plan}",
        "a\tb",
        "x".repeat(65),
        "constructor",
        "__proto__",
        "toString",
        "prototype",
      ].map(checkFieldName),
    ).toEqual([
      "A field name cannot be empty.",
      "A field name cannot start or end with a space.",
      "A field name cannot contain brackets, braces or control characters.",
      "A field name cannot contain brackets, braces or control characters.",
      "A field name cannot contain brackets, braces or control characters.",
      "A field name can be at most 64 characters.",
      "“constructor” is reserved; choose another field name.",
      "“__proto__” is reserved; choose another field name.",
      "“toString” is reserved; choose another field name.",
      "“prototype” is reserved; choose another field name.",
    ]);
  });
});

describe("formatMergeTag", () => {
  it("writes plain names plainly and the rest in [brackets]", () => {
    expect(
      ["plan", "renewal_date", "renewal-date", "Prénom", "Renewal Date", "2024spend", "true", "a.b"].map(
        formatMergeTag,
      ),
    ).toEqual([
      "{{fields.plan}}",
      "{{fields.renewal_date}}",
      "{{fields.renewal-date}}",
      "{{fields.Prénom}}",
      "{{fields.[Renewal Date]}}",
      "{{fields.[2024spend]}}",
      "{{fields.[true]}}",
      "{{fields.[a.b]}}",
    ]);
  });

  it("produces tags that render the field", () => {
    const names = ["plan", "renewal-date", "Prénom", "Renewal Date", "2024spend", "true", "a.b"];
    const body = names.map(formatMergeTag).join("|");
    const fields = Object.fromEntries(names.map((name, i) => [name, `v${i}`]));
    expect(compileTemplate(body, { knownFields: names }).render({ phone: "1", fields }).text).toBe(
      "v0|v1|v2|v3|v4|v5|v6",
    );
  });
});

describe("listMergeTags", () => {
  it("lists the standard tags, then each valid custom field once", () => {
    expect(listMergeTags(["plan", "Renewal Date", "plan", "constructor"])).toEqual([
      { tag: "firstName", label: "First name", insert: "{{firstName}}" },
      { tag: "lastName", label: "Last name", insert: "{{lastName}}" },
      { tag: "phone", label: "Phone number", insert: "{{phone}}" },
      { tag: "email", label: "Email", insert: "{{email}}" },
      { tag: "fields.plan", label: "plan", insert: "{{fields.plan}}" },
      { tag: "fields.Renewal Date", label: "Renewal Date", insert: "{{fields.[Renewal Date]}}" },
    ]);
  });
});
