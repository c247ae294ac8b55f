import { describe, expect, it } from "vitest";
import { validateTemplate } from "./validate-template";

const knownFields = ["plan", "renewal", "renewal date", "code"];
const check = (body: string, fieldsPresentInAudience?: string[]) =>
  validateTemplate(body, { knownFields, fieldsPresentInAudience });
const messages = (body: string) => check(body).errors.map((issue) => issue.message);

describe("validateTemplate: merge tags", () => {
  it("accepts standard tags and known custom fields and lists them in order of first use", () => {
    expect(
      check(
        "Hi {{firstName}} {{lastName}}, {{fields.plan}} ({{fields.[renewal date]}}) {{firstName}} {{phone}} {{email}}",
      ),
    ).toEqual({
      errors: [],
      warnings: [],
      tags: ["firstName", "lastName", "fields.plan", "fields.renewal date", "phone", "email"],
      helpers: [],
    });
  });

  it("reports an unknown tag with its exact position and the closest known tag", () => {
    expect(check("Hi {{fristName}}").errors).toEqual([
      {
        code: "unknown_tag",
        message: "Unknown merge tag “fristName” at line 1, column 4. Did you mean “firstName”?",
        line: 1,
        column: 4,
        endLine: 1,
        endColumn: 17,
        offset: 3,
        length: 13,
        name: "fristName",
        suggestion: "firstName",
      },
    ]);
  });

  it("counts lines after \\n and \\r\\n and offsets in the whole body", () => {
    const [issue] = check("Hello\r\nthere\n  {{fields.plna}} today").errors;
    expect(issue).toMatchObject({
      message: "Unknown merge tag “fields.plna” at line 3, column 3. Did you mean “fields.plan”?",
      line: 3,
      column: 3,
      offset: 15,
      length: 15,
    });
  });

  it("suggests the custom field for a bare field name and a differently cased tag", () => {
    expect(messages("{{plan}} {{firstname}} {{fields.renewal_date}}")).toEqual([
      "Unknown merge tag “plan” at line 1, column 1. Did you mean “fields.plan”?",
      "Unknown merge tag “firstname” at line 1, column 10. Did you mean “firstName”?",
      "Unknown merge tag “fields.renewal_date” at line 1, column 24. Did you mean “fields.[renewal date]”?",
    ]);
  });

  it("gives no suggestion when nothing is close", () => {
    const [issue] = check("{{favouriteColour}}").errors;
    expect(issue?.message).toBe("Unknown merge tag “favouriteColour” at line 1, column 1.");
    expect(issue).not.toHaveProperty("suggestion");
  });

  it("does not accept field names that are not valid, even if listed as known", () => {
    const result = validateTemplate("{{fields.constructor}}", { knownFields: ["constructor"] });
    expect(result.errors.map((issue) => issue.code)).toEqual(["unknown_tag"]);
  });

  it("refuses this, ../ and @data paths", () => {
    expect(messages("{{this}} {{../firstName}} {{@root.firstName}} {{@index}}")).toEqual([
      "“this” is not supported at line 1, column 1. Refer to contact data by merge tag, such as {{firstName}} or {{fields.plan}}.",
      "“../firstName” is not supported at line 1, column 10. Refer to contact data by merge tag, such as {{firstName}} or {{fields.plan}}.",
      "“@root.firstName” is not supported at line 1, column 27. Use a merge tag such as {{firstName}}.",
      "“@index” is not supported at line 1, column 47. Use a merge tag such as {{firstName}}.",
    ]);
  });
});

describe("validateTemplate: syntax errors", () => {
  it("points at an unclosed tag", () => {
    expect(check("Hi {{firstName}").errors).toEqual([
      {
        code: "syntax_error",
        message: "The template ends inside a tag at line 1, column 15. Close the tag with “}}”.",
        line: 1,
        column: 15,
        endLine: 1,
        endColumn: 16,
        offset: 14,
        length: 1,
      },
    ]);
    expect(messages("Hi {{firstName")).toEqual([
      "The template ends inside a tag at line 1, column 6. Close the tag with “}}”.",
    ]);
  });

  it("reports an empty tag, a stray brace and a triple-stash closed with two", () => {
    expect(messages("Hi {{firstName} and {{lastName}}")).toEqual([
      "Unexpected “}” at line 1, column 15. A tag closes with “}}”.",
    ]);
    expect(messages("a {{ }} b")).toEqual([
      "Unexpected “}}” at line 1, column 6. A tag needs a name, e.g. “{{firstName}}”.",
    ]);
    expect(messages("{{firstName}}}")).toEqual([
      "Unexpected “}}}” at line 1, column 12. A tag closes with “}}”.",
    ]);
    expect(messages("{{{firstName}}")).toEqual([
      "Unexpected “}}” at line 1, column 13. A tag opened with “{{{” closes with “}}}”.",
    ]);
  });

  it("reports a block that is never closed, or closed by the wrong tag", () => {
    expect(messages("Line one\n{{#if fields.plan}}Gold")).toEqual([
      "A block is never closed at line 2, column 24. Close it with its end tag, e.g. “{{/if}}”.",
    ]);
    expect(messages("x\n{{#if firstName}}x{{/unless}}")).toEqual([
      "The block “{{#if}}” is closed by “{{/unless}}” at line 2, column 4.",
    ]);
  });

  it("reports an unclosed comment", () => {
    expect(messages("Hi {{!-- note")).toEqual([
      "Unrecognised text at line 1, column 4. Check that every “{{” has a matching “}}”.",
    ]);
  });

  it("rejects an empty or blank template", () => {
    expect(check(" \n ").errors).toEqual([
      {
        code: "empty_template",
        message: "The message is empty.",
        line: 1,
        column: 1,
        endLine: 1,
        endColumn: 1,
        offset: 0,
        length: 0,
      },
    ]);
  });
});

describe("validateTemplate: helpers", () => {
  it("accepts the allowed helpers and lists them", () => {
    const result = check(
      '{{default firstName "there"}} {{upper lastName}} {{lower email}} {{capitalize fields.plan}} {{formatDate fields.renewal "datetime"}} {{formatDate fields.renewal}} {{upper (default fields.code "none")}}{{#if fields.plan}}x{{else}}y{{/if}}{{#unless email}}z{{/unless}}',
    );
    expect(result.errors).toEqual([]);
    expect(result.helpers).toEqual(["default", "upper", "lower", "capitalize", "formatDate", "if", "unless"]);
  });

  it("suggests the closest helper for a typo", () => {
    expect(messages("{{uper firstName}}")).toEqual([
      "Unknown helper “uper” at line 1, column 1. Did you mean “upper”?",
    ]);
  });

  it("forbids lookup, with, each and log with the reason", () => {
    expect(
      messages(
        '{{lookup fields "plan"}} {{#with fields}}{{plan}}{{/with}} {{#each fields}}x{{/each}} {{log firstName}}',
      ),
    ).toEqual([
      "The helper “lookup” is not allowed at line 1, column 1. Templates cannot use it: write the merge tag itself, e.g. {{fields.plan}}.",
      "The helper “with” is not allowed at line 1, column 26. Templates cannot use it: write the full merge tag, e.g. {{fields.plan}}.",
      "Unknown merge tag “plan” at line 1, column 42. Did you mean “fields.plan”?",
      "The helper “each” is not allowed at line 1, column 60. Templates cannot use it: a contact's fields are single values, there is nothing to repeat.",
      "The helper “log” is not allowed at line 1, column 87. Templates cannot use it: templates cannot write to the server log.",
    ]);
  });

  it("checks the number and kind of arguments", () => {
    expect(
      messages(
        '{{upper}} {{default firstName}} {{upper firstName x=1}} {{formatDate fields.renewal "week"}}',
      ),
    ).toEqual([
      "The helper “upper” needs a value at line 1, column 1. Write it like {{upper firstName}}.",
      'Wrong number of values for the helper “default” at line 1, column 11. It takes 2, found 1: write it like {{default firstName "there"}}.',
      "The helper “upper” takes no named options at line 1, column 51. Write it like {{upper firstName}}.",
      'The date style of “formatDate” must be "date", "datetime" or "time" at line 1, column 85.',
    ]);
  });

  it("allows if and unless only as blocks with one condition", () => {
    expect(messages("{{if firstName}} {{#if}}x{{/if}} {{#upper firstName}}x{{/upper}}")).toEqual([
      "“if” can only be used as a block at line 1, column 1. Write it like {{#if fields.plan}}…{{/if}}.",
      "“{{#if}}” needs exactly one condition at line 1, column 18. Write it like {{#if fields.plan}}…{{/if}}.",
      "“upper” is not a block helper at line 1, column 34. Write it like {{upper firstName}}.",
    ]);
  });

  it("refuses sections, partials, decorators and literal tags", () => {
    expect(
      messages('{{#firstName}}x{{/firstName}} {{> footer}} {{#* inline "p"}}x{{/inline}} {{"hello"}}'),
    ).toEqual([
      "Sections like “{{#firstName}}” are not supported at line 1, column 1. Use {{#if firstName}}…{{/if}}.",
      "Partials (“{{> …}}”) are not supported at line 1, column 31.",
      "Decorators (“{{* …}}”) are not supported at line 1, column 44.",
      "A tag must start with a merge tag or a helper name, not a literal value at line 1, column 76.",
    ]);
  });

  it("explains that a merge tag takes no arguments", () => {
    expect(messages("{{firstName lastName}}")).toEqual([
      "Unknown helper “firstName” at line 1, column 1. A merge tag takes no arguments: put each one in its own braces, like {{firstName}}.",
    ]);
  });
});

describe("validateTemplate: the chosen audience", () => {
  it("warns about a tag some contacts lack, unless it has a fallback or an if around it", () => {
    const result = check(
      '{{firstName}} {{fields.plan}} {{default fields.plan "x"}} {{#if fields.plan}}{{fields.plan}}{{/if}} {{#unless fields.plan}}{{else}}{{fields.plan}}{{/unless}} {{phone}} {{fields.code}}',
      ["code", "lastName"],
    );
    expect(result.errors).toEqual([]);
    expect(result.warnings.map((issue) => issue.message)).toEqual([
      'Some contacts in the chosen audience have no “firstName” at line 1, column 1. Their message will have nothing there; add a fallback like {{default firstName "…"}}.',
      'Some contacts in the chosen audience have no “fields.plan” at line 1, column 15. Their message will have nothing there; add a fallback like {{default fields.plan "…"}}.',
    ]);
    expect(result.warnings[1]).toMatchObject({
      code: "missing_in_audience",
      name: "fields.plan",
      offset: 14,
      length: 15,
    });
  });

  it("does not warn without an audience", () => {
    expect(check("{{fields.plan}}").warnings).toEqual([]);
  });
});
