import { describe, expect, it } from "vitest";
import { compileTemplate } from "./compile-template";
import { measureAudience } from "./measure-audience";
import { renderTemplate } from "./render-template";

describe("measureAudience", () => {
  const template = compileTemplate("Hi {{firstName}}{{fields.note}}", { knownFields: ["note"] });

  it("reports min/max/total segments and encodings over the audience", async () => {
    async function* contacts() {
      yield { phone: "1", firstName: "Ann" };
      yield { phone: "2", firstName: "Zoë" };
      yield { phone: "3", firstName: "Bob", fields: { note: "x".repeat(200) } };
      yield { phone: "4", firstName: "Zoë", fields: { note: "y".repeat(200) } };
    }
    expect(await measureAudience({ template, contacts: contacts() })).toEqual({
      recipients: 4,
      minSegments: 1,
      maxSegments: 4,
      totalSegments: 1 + 1 + 2 + 4,
      gsm7Recipients: 2,
      ucs2Recipients: 2,
      emptyRecipients: 0,
    });
  });

  it("reports zeros for an empty audience and counts blank messages", async () => {
    expect(await measureAudience({ template, contacts: [] })).toMatchObject({
      recipients: 0,
      minSegments: 0,
      maxSegments: 0,
    });
    const blank = compileTemplate("{{firstName}}", { knownFields: [] });
    expect(await measureAudience({ template: blank, contacts: [{ phone: "1" }] })).toMatchObject({
      emptyRecipients: 1,
    });
  });
});

describe("renderTemplate (the composer's preview)", () => {
  it("returns plain data: text, counter, characters forcing UCS-2 and parts", () => {
    const preview = renderTemplate({
      body: "Hi {{firstName}} – welcome 🎉",
      contact: { phone: "1", firstName: "Zoë" },
      knownFields: [],
      optOutText: "Reply STOP to opt out",
    });
    expect(preview).toEqual({
      text: "Hi Zoë – welcome 🎉\nReply STOP to opt out",
      isEmpty: false,
      encoding: "UCS-2",
      units: 41,
      segments: 1,
      perSegment: 70,
      unitsLeftInSegment: 29,
      nonGsmCharacters: [
        { char: "ë", index: 5 },
        { char: "–", index: 7, replacement: "-" },
        { char: "🎉", index: 17 },
      ],
      parts: [{ index: 1, total: 1, text: "Hi Zoë – welcome 🎉\nReply STOP to opt out" }],
    });
    expect(JSON.parse(JSON.stringify(preview))).toEqual(preview);
  });
});
