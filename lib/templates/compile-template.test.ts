import { afterEach, describe, expect, it, vi } from "vitest";
import { ValidationError } from "@/lib/errors";
import { compileTemplate } from "./compile-template";
import { COMPILE_OPTIONS, RUNTIME_OPTIONS, createTemplateEnv } from "./handlebars-env";
import { TemplateValidationError } from "./template-error";
import { VALUE_HELPERS } from "./template-helpers";
import type { TemplateContact } from "./templates.schema";

const knownFields = ["plan", "renewal", "code", "renewal date"];
const render = (body: string, contact: TemplateContact, options: { optOutText?: string } = {}) =>
  compileTemplate(body, { knownFields, ...options }).render(contact);
const ann: TemplateContact = {
  phone: "+447700900001",
  firstName: "Ann",
  lastName: "Lee",
  email: "ann@example.com",
  fields: { plan: "Gold", renewal: "2026-03-01", code: "X7K2", "renewal date": "1 March" },
};

describe("compileTemplate: rendering", () => {
  it("renders merge tags and measures the result", () => {
    const template = compileTemplate(
      "Hi {{firstName}}, your {{fields.plan}} plan renews {{fields.[renewal date]}}.",
      {
        knownFields,
      },
    );
    expect(template.tags).toEqual(["firstName", "fields.plan", "fields.renewal date"]);
    const message = template.render(ann);
    expect({ ...message }).toEqual({
      text: "Hi Ann, your Gold plan renews 1 March.",
      isEmpty: false,
      encoding: "GSM-7",
      units: 38,
      segments: 1,
      perSegment: 160,
      unitsLeftInSegment: 122,
    });
  });

  it("keeps & < > and quotes as they are (no HTML escaping)", () => {
    expect(
      render('{{firstName}} & co <3 "{{lastName}}"', {
        phone: "1",
        firstName: "Tom & Jerry",
        lastName: "O'Neil <x>",
      }).text,
    ).toBe('Tom & Jerry & co <3 "O\'Neil <x>"');
    expect(render("{{{firstName}}}", { phone: "1", firstName: "a&b" }).text).toBe("a&b");
  });

  it("renders missing, null and absent fields as nothing", () => {
    const body = "Hi {{firstName}}, your {{fields.plan}} plan";
    expect(render(body, { phone: "1" }).text).toBe("Hi , your  plan");
    expect(render(body, { phone: "1", firstName: null, fields: null }).text).toBe("Hi , your  plan");
    expect(render(body, { phone: "1", fields: "not an object" }).text).toBe("Hi , your  plan");
    expect(render(body, { phone: "1", fields: { plan: 3 } }).text).toBe("Hi , your 3 plan");
  });

  it("falls back with default when a value is missing, null, empty or blank", () => {
    const body = '{{default firstName "there"}}';
    expect(
      ["Ann", undefined, null, "", "   "].map((firstName) => render(body, { phone: "1", firstName }).text),
    ).toEqual(["Ann", "there", "there", "there", "there"]);
    expect(render("{{default fields.plan fields.code}}", { phone: "1", fields: { code: "X7K2" } }).text).toBe(
      "X7K2",
    );
  });

  it("changes case with upper, lower and capitalize", () => {
    expect(
      render("{{upper firstName}} {{lower lastName}} {{capitalize fields.plan}} {{capitalize fields.code}}", {
        phone: "1",
        firstName: "ann",
        lastName: "LEE",
        fields: { plan: "gOLD", code: "" },
      }).text,
    ).toBe("ANN lee Gold ");
    expect(render('{{upper (default firstName "friend")}}', { phone: "1" }).text).toBe("FRIEND");
  });

  it("renders if/else and unless blocks", () => {
    const body =
      "{{#if fields.plan}}Plan: {{fields.plan}}{{else}}No plan{{/if}}{{#unless email}}, no email{{/unless}}";
    expect(render(body, ann).text).toBe("Plan: Gold");
    expect(render(body, { phone: "1" }).text).toBe("No plan, no email");
  });

  it("renders else-if chains, whitespace control and comments", () => {
    const body =
      "{{#if fields.plan}}Plan {{fields.plan}}{{else if firstName}}Hi {{firstName}}{{else}}Hello{{/if}} {{~! note ~}} !";
    expect(render(body, ann).text).toBe("Plan Gold!");
    expect(render(body, { phone: "1", firstName: "Bo" }).text).toBe("Hi Bo!");
    expect(render(body, { phone: "1" }).text).toBe("Hello!");
  });

  it("formats dates in the recipient's time zone: render option, then the contact's, then the default", () => {
    const body = '{{formatDate fields.at "datetime"}}';
    const contact = { phone: "1", timeZone: "Asia/Tokyo", fields: { at: "2026-03-01T14:30:00Z" } };
    const template = compileTemplate(body, { knownFields: ["at"], defaultTimeZone: "Europe/Berlin" });
    expect(template.render(contact, { timeZone: "America/New_York" }).text).toBe("1 Mar 2026, 09:30");
    expect(template.render(contact).text).toBe("1 Mar 2026, 23:30");
    expect(template.render({ ...contact, timeZone: null }).text).toBe("1 Mar 2026, 15:30");
    expect(compileTemplate(body, { knownFields: ["at"], locale: "de-DE" }).render(contact).text).toBe(
      "01.03.2026, 23:30",
    );
  });

  it("flags a message that renders empty, and measures it as one empty segment", () => {
    const message = render("{{firstName}} {{!-- nothing else --}}", { phone: "1" });
    expect({ ...message }).toEqual({
      text: " ",
      isEmpty: true,
      encoding: "GSM-7",
      units: 1,
      segments: 1,
      perSegment: 160,
      unitsLeftInSegment: 159,
    });
  });

  it("splits the rendered message into parts with the reference asked for", () => {
    const message = render("{{fields.plan}} 😀", { phone: "1", fields: { plan: "x".repeat(70) } });
    expect(message).toMatchObject({ encoding: "UCS-2", units: 73, segments: 2 });
    expect(message.split(42).map((part) => [part.text.length, part.udh?.toString("hex")])).toEqual([
      [67, "0500032a0201"],
      [6, "0500032a0202"],
    ]);
  });
});

describe("compileTemplate: opt-out text", () => {
  const optOutText = "Reply STOP to opt out";

  it("appends it on its own line", () => {
    expect(render("Hi {{firstName}}", ann, { optOutText }).text).toBe("Hi Ann\nReply STOP to opt out");
    expect(render("Hi {{firstName}}\n", ann, { optOutText }).text).toBe("Hi Ann\nReply STOP to opt out");
  });

  it("does not append it when the template already says it, in any case", () => {
    expect(render("Hi {{firstName}}. reply stop to opt out", ann, { optOutText }).text).toBe(
      "Hi Ann. reply stop to opt out",
    );
  });

  it("does not turn an empty message into an opt-out notice", () => {
    expect(render("{{firstName}}", { phone: "1" }, { optOutText })).toMatchObject({
      text: "",
      isEmpty: true,
    });
  });
});

describe("compileTemplate: invalid templates", () => {
  it("throws a ValidationError listing every issue", () => {
    let thrown: unknown;
    try {
      compileTemplate("Hi {{fristName}} {{uper lastName}}", { knownFields });
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(TemplateValidationError);
    expect(thrown).toBeInstanceOf(ValidationError);
    const error = thrown as TemplateValidationError;
    expect(error.field).toBe("body");
    expect(error.message).toBe(
      "Unknown merge tag “fristName” at line 1, column 4. Did you mean “firstName”?",
    );
    expect(error.issues.map((issue) => issue.code)).toEqual(["unknown_tag", "unknown_helper"]);
  });

  it("rejects options that are not valid", () => {
    expect(() => compileTemplate("Hi", { knownFields, locale: "not a locale!" })).toThrow();
    expect(() => compileTemplate("Hi", { knownFields, defaultTimeZone: "Mars/Olympus" })).toThrow();
  });
});

describe("unsafe templates", () => {
  afterEach(() => {
    delete (globalThis as { pwned?: unknown }).pwned;
  });

  // The classic Handlebars prototype-walk that reaches the Function constructor.
  const functionConstructorExploit = `{{#with "s" as |string|}}
  {{#with "e"}}
    {{#with split as |conslist|}}
      {{this.pop}}
      {{this.push (lookup string.sub "constructor")}}
      {{this.pop}}
      {{#with string.split as |codelist|}}
        {{this.pop}}
        {{this.push "globalThis.pwned = true; return 'x';"}}
        {{this.pop}}
        {{#each conslist}}
          {{#with (string.sub.apply 0 codelist)}}{{this}}{{/with}}
        {{/each}}
      {{/with}}
    {{/with}}
  {{/with}}
{{/with}}`;

  const unsafe = [
    "{{constructor.constructor}}",
    '{{lookup this "__proto__"}}',
    "{{#with this}}{{constructor}}{{/with}}",
    '{{lookup (lookup this "constructor") "name"}}',
    "{{__proto__}}",
    "{{fields.__proto__}}",
    "{{fields.constructor.name}}",
    "{{this.constructor.name}}",
    "{{firstName.constructor}}",
    "{{#each this}}{{@key}}{{/each}}",
    '{{log "x"}}',
    "{{> evil}}",
    '{{#* inline "evil"}}x{{/inline}}',
    functionConstructorExploit,
  ];

  it.each(unsafe)("rejects %s at validation", (body) => {
    expect(() => compileTemplate(body, { knownFields })).toThrow(TemplateValidationError);
  });

  it("never runs code, even if validation were bypassed: the compiler refuses the helpers", () => {
    const env = createTemplateEnv(["if", "unless", ...Object.keys(VALUE_HELPERS)]);
    for (const body of [
      '{{lookup this "__proto__"}}',
      "{{#with this}}{{constructor}}{{/with}}",
      '{{log "x"}}',
    ]) {
      expect(() => env.compile(body, COMPILE_OPTIONS)({ phone: "1" }, RUNTIME_OPTIONS)).toThrow(
        /knownHelpersOnly/,
      );
    }
    expect(() => env.compile(functionConstructorExploit, COMPILE_OPTIONS)({}, RUNTIME_OPTIONS)).toThrow();
    expect((globalThis as { pwned?: unknown }).pwned).toBeUndefined();
  });

  it("reads no prototype members, even if validation were bypassed", () => {
    const errorLog = vi.spyOn(console, "error").mockImplementation(() => undefined);
    const env = createTemplateEnv([]);
    const contact = { phone: "1", firstName: "Ann", fields: {} };
    for (const body of [
      "{{constructor.constructor}}",
      "{{constructor.name}}",
      "{{__proto__}}",
      "{{fields.constructor}}",
      "{{firstName.constructor.name}}",
      "{{fields.hasOwnProperty}}",
      "{{this.toString}}",
    ]) {
      expect(env.compile(body, COMPILE_OPTIONS)(contact, RUNTIME_OPTIONS)).toBe("");
    }
    expect(errorLog).not.toHaveBeenCalled();
    errorLog.mockRestore();
  });
});
