import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { NotFoundError, ValidationError } from "@/lib/errors";
import {
  createTemplate,
  deleteTemplate,
  duplicateTemplate,
  findPreviewContacts,
  getMergeFields,
  getTemplate,
  listTemplates,
  measureListSegments,
  previewTemplate,
  TemplateValidationError,
  updateTemplate,
} from "@/lib/templates";
import { makeOrganization } from "./helpers/factories";

/** An organization with the custom field "plan" and the contact Ada Lovelace (plan gold). */
async function makeOrgWithAda(settings: { appendOptOutText?: boolean } = {}) {
  const { org } = await makeOrganization();
  if (settings.appendOptOutText) {
    await db.organization.update({ where: { id: org.id }, data: { appendOptOutText: true } });
  }
  await db.contactField.create({ data: { orgId: org.id, name: "plan" } });
  const ada = await db.contact.create({
    data: {
      orgId: org.id,
      phone: "+4915112345678",
      firstName: "Ada",
      lastName: "Lovelace",
      fields: { plan: "gold" },
    },
  });
  return { org, ada };
}

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error("expected the promise to reject");
}

describe("template CRUD", () => {
  it("creates, reads, updates, lists newest first, duplicates and deletes a template", async () => {
    const { org } = await makeOrgWithAda();
    const created = await createTemplate({
      orgId: org.id,
      name: "  Welcome  ",
      body: "Hi {{firstName}}, your plan is {{fields.plan}}.",
    });
    expect(created).toMatchObject({
      name: "Welcome",
      body: "Hi {{firstName}}, your plan is {{fields.plan}}.",
      encoding: "GSM-7",
      segments: 1,
    });
    expect(await getTemplate({ orgId: org.id, templateId: created.id })).toEqual(created);

    const updated = await updateTemplate({
      orgId: org.id,
      templateId: created.id,
      name: "Welcome back",
      body: 'Welcome back, {{default firstName "friend"}} 👋',
    });
    expect(updated).toMatchObject({ id: created.id, name: "Welcome back", encoding: "UCS-2", segments: 1 });
    expect(updated.updatedAt.getTime()).toBeGreaterThanOrEqual(created.updatedAt.getTime());

    const copy = await duplicateTemplate({ orgId: org.id, templateId: created.id });
    const secondCopy = await duplicateTemplate({ orgId: org.id, templateId: created.id });
    expect([copy.name, secondCopy.name]).toEqual(["Copy of Welcome back", "Copy of Welcome back (2)"]);
    expect(copy.body).toBe(updated.body);
    expect(copy.id).not.toBe(created.id);

    const firstPage = await listTemplates({ orgId: org.id, limit: 2 });
    expect(firstPage.templates.map((t) => t.name)).toEqual([
      "Copy of Welcome back (2)",
      "Copy of Welcome back",
    ]);
    expect(firstPage.nextCursor).not.toBeNull();
    const secondPage = await listTemplates({ orgId: org.id, limit: 2, cursor: firstPage.nextCursor });
    expect(secondPage).toMatchObject({ templates: [{ name: "Welcome back" }], nextCursor: null });

    await deleteTemplate({ orgId: org.id, templateId: copy.id });
    expect(await rejection(getTemplate({ orgId: org.id, templateId: copy.id }))).toBeInstanceOf(
      NotFoundError,
    );
    expect(await rejection(deleteTemplate({ orgId: org.id, templateId: copy.id }))).toBeInstanceOf(
      NotFoundError,
    );
    expect((await listTemplates({ orgId: org.id })).templates.map((t) => t.name)).toEqual([
      "Copy of Welcome back (2)",
      "Welcome back",
    ]);
  });

  it("rejects a template with a syntax error, naming its position, and saves nothing", async () => {
    const { org } = await makeOrgWithAda();
    const error = await rejection(
      createTemplate({ orgId: org.id, name: "Broken", body: "Hello\n{{#if firstName}}x" }),
    );
    expect(error).toBeInstanceOf(TemplateValidationError);
    expect(error).toMatchObject({
      field: "body",
      message: "A block is never closed at line 2, column 19. Close it with its end tag, e.g. “{{/if}}”.",
    });
    expect(await db.template.count({ where: { orgId: org.id } })).toBe(0);
  });

  it("rejects an unknown merge tag with a suggestion, on create and on update, leaving the saved body as it was", async () => {
    const { org } = await makeOrgWithAda();
    const error = await rejection(createTemplate({ orgId: org.id, name: "Typo", body: "Hi {{fristName}}!" }));
    expect(error).toMatchObject({
      field: "body",
      message: "Unknown merge tag “fristName” at line 1, column 4. Did you mean “firstName”?",
    });
    const saved = await createTemplate({ orgId: org.id, name: "Plan", body: "Your plan: {{fields.plan}}" });
    const updateError = await rejection(
      updateTemplate({
        orgId: org.id,
        templateId: saved.id,
        name: "Plan",
        body: "Your plan: {{fields.plna}}",
      }),
    );
    expect(updateError).toMatchObject({
      field: "body",
      message: "Unknown merge tag “fields.plna” at line 1, column 12. Did you mean “fields.plan”?",
    });
    expect((await getTemplate({ orgId: org.id, templateId: saved.id })).body).toBe(
      "Your plan: {{fields.plan}}",
    );
  });

  it("refuses a second template with the same name in one organization, but not in another", async () => {
    const { org } = await makeOrgWithAda();
    const { org: other } = await makeOrgWithAda();
    await createTemplate({ orgId: org.id, name: "Promo", body: "Sale!" });
    const error = await rejection(createTemplate({ orgId: org.id, name: "Promo", body: "Another sale!" }));
    expect(error).toBeInstanceOf(ValidationError);
    expect(error).toMatchObject({
      field: "name",
      message: "A template named “Promo” already exists. Choose another name.",
    });
    await expect(createTemplate({ orgId: other.id, name: "Promo", body: "Sale!" })).resolves.toMatchObject({
      name: "Promo",
    });
  });

  it("names an empty name and an empty body as field errors", async () => {
    const { org } = await makeOrgWithAda();
    expect(await rejection(createTemplate({ orgId: org.id, name: " ", body: "Hi" }))).toMatchObject({
      field: "name",
      message: "Give the template a name.",
    });
    expect(await rejection(createTemplate({ orgId: org.id, name: "Empty", body: "  " }))).toMatchObject({
      field: "body",
      message: "Write the message.",
    });
  });
});

describe("merge fields and preview", () => {
  it("lists the standard fields and the organization's custom fields for the picker", async () => {
    const { org } = await makeOrgWithAda();
    await db.contactField.create({ data: { orgId: org.id, name: "renewal date" } });
    const { fields, knownFields } = await getMergeFields({ orgId: org.id });
    expect(knownFields).toEqual(["plan", "renewal date"]);
    expect(fields.map((f) => [f.label, f.insert, f.path])).toEqual([
      ["First name", "{{firstName}}", "firstName"],
      ["Last name", "{{lastName}}", "lastName"],
      ["Phone number", "{{phone}}", "phone"],
      ["Email", "{{email}}", "email"],
      ["plan", "{{fields.plan}}", "fields.plan"],
      ["renewal date", "{{fields.[renewal date]}}", "fields.[renewal date]"],
    ]);
  });

  it("renders the preview for a real contact, with the organization's opt-out text and the parts", async () => {
    const { org, ada } = await makeOrgWithAda({ appendOptOutText: true });
    const result = await previewTemplate({
      orgId: org.id,
      body: "Hi {{firstName}}, your plan: {{upper fields.plan}}",
      contactId: ada.id.toString(),
    });
    expect(result.contact).toEqual({ id: ada.id.toString(), label: "Ada Lovelace", phone: "+4915112345678" });
    expect(result.errors).toEqual([]);
    const text = "Hi Ada, your plan: GOLD\nReply STOP to opt out";
    expect(result.preview).toMatchObject({
      text,
      encoding: "GSM-7",
      units: text.length,
      segments: 1,
      isEmpty: false,
      parts: [{ index: 1, total: 1, text }],
    });
  });

  it("renders for the sample contact when none is chosen, and returns issues instead of a preview for a broken draft", async () => {
    const { org } = await makeOrgWithAda();
    const sample = await previewTemplate({ orgId: org.id, body: "Hi {{firstName}} ({{fields.plan}})" });
    expect(sample.contact).toEqual({ id: null, label: "Sample contact", phone: "+4915112345678" });
    expect(sample.preview?.text).toBe("Hi Alex (<plan>)");

    const broken = await previewTemplate({ orgId: org.id, body: "Hi {{fristName}}" });
    expect(broken.preview).toBeNull();
    expect(broken.errors.map((issue) => [issue.code, issue.line, issue.column, issue.name])).toEqual([
      ["unknown_tag", 1, 4, "fristName"],
    ]);
  });

  it("finds preview contacts by name prefix and by phone digits, ten at most", async () => {
    const { org, ada } = await makeOrgWithAda();
    await db.$executeRaw`
      INSERT INTO contacts ("orgId", phone, "firstName", "lastName")
      SELECT ${org.id}::uuid, '+4917000000' || lpad(i::text, 3, '0'), 'Adam', 'Number ' || i
      FROM generate_series(1, 12) AS i`;
    const byName = await findPreviewContacts({ orgId: org.id, query: "lovel" });
    expect(byName).toEqual([{ id: ada.id.toString(), label: "Ada Lovelace", phone: "+4915112345678" }]);
    expect(await findPreviewContacts({ orgId: org.id, query: "ada love" })).toHaveLength(1);
    expect(await findPreviewContacts({ orgId: org.id, query: "0151 1234" })).toEqual(byName);
    expect(await findPreviewContacts({ orgId: org.id, query: "+49 151 123" })).toEqual(byName);
    expect(await findPreviewContacts({ orgId: org.id, query: "ada" })).toHaveLength(10);
    expect(await findPreviewContacts({ orgId: org.id, query: "100%_" })).toEqual([]);
  });
});

describe("measureListSegments", () => {
  /**
   * List A: 11,000 one-segment contacts ("Ann"), 300 whose first name is 1…300
   * x's, 10 named Zoë (UCS-2), 5 without a first name (blank message) and 3
   * opted out with a 1,000-character name. List B: 50 of the x contacts again
   * and 20 with a 400-character name.
   */
  async function makeAudience() {
    const { org } = await makeOrgWithAda();
    const [listA, listB] = await Promise.all([
      db.contactList.create({ data: { orgId: org.id, name: "A" } }),
      db.contactList.create({ data: { orgId: org.id, name: "B" } }),
    ]);
    await db.$executeRaw`
      INSERT INTO contacts ("orgId", phone, "firstName", "optedOut")
      SELECT ${org.id}::uuid, '+4930' || lpad(i::text, 8, '0'),
        CASE
          WHEN i <= 11000 THEN 'Ann'
          WHEN i <= 11300 THEN repeat('x', i - 11000)
          WHEN i <= 11310 THEN 'Zoë'
          WHEN i <= 11315 THEN NULL
          WHEN i <= 11318 THEN repeat('y', 1000)
          ELSE repeat('z', 400)
        END,
        i BETWEEN 11316 AND 11318
      FROM generate_series(1, 11338) AS i`;
    await db.$executeRaw`
      INSERT INTO contact_list_members ("listId", "contactId")
      SELECT CASE WHEN c.phone > '+493000011318' THEN ${listB.id}::uuid ELSE ${listA.id}::uuid END, c.id
      FROM contacts c WHERE c."orgId" = ${org.id}::uuid AND c.phone LIKE '+4930%'`;
    await db.$executeRaw`
      INSERT INTO contact_list_members ("listId", "contactId")
      SELECT ${listB.id}::uuid, c.id FROM contacts c
      WHERE c."orgId" = ${org.id}::uuid AND c.phone BETWEEN '+493000011001' AND '+493000011050'`;
    return { org, listA, listB };
  }

  it("measures exact min/max/total segments, encodings and blank messages over distinct, not opted-out members", async () => {
    const { org, listA, listB } = await makeAudience();
    const onlyA = await measureListSegments({ orgId: org.id, body: "{{firstName}}", listIds: [listA.id] });
    // x names: 1…160 characters are one segment, 161…300 two; blank messages still cost one.
    expect(onlyA).toMatchObject({
      recipients: 11_315,
      minSegments: 1,
      maxSegments: 2,
      totalSegments: 11_000 + 160 + 140 * 2 + 10 + 5,
      gsm7Recipients: 11_305,
      ucs2Recipients: 10,
      emptyRecipients: 5,
      missingTags: [{ tag: "firstName", recipients: 5 }],
    });
    expect(onlyA.warnings.map((w) => [w.code, w.line, w.column, w.name])).toEqual([
      ["missing_in_audience", 1, 1, "firstName"],
    ]);

    const both = await measureListSegments({
      orgId: org.id,
      body: '{{default firstName "there"}}',
      listIds: [listA.id, listB.id, listA.id],
    });
    // The 50 contacts in both lists count once; the 400-character names take three segments.
    expect(both).toMatchObject({
      recipients: 11_335,
      minSegments: 1,
      maxSegments: 3,
      totalSegments: 11_000 + 160 + 140 * 2 + 10 + 5 + 20 * 3,
      gsm7Recipients: 11_325,
      ucs2Recipients: 10,
      emptyRecipients: 0,
      warnings: [],
    });
  });
  it("reads nothing for a request the editor already gave up on", async () => {
    const { org, ada } = await makeOrgWithAda();
    const list = await db.contactList.create({ data: { orgId: org.id, name: "Small" } });
    await db.contactListMember.create({ data: { listId: list.id, contactId: ada.id } });
    const controller = new AbortController();
    controller.abort();
    const error = await rejection(
      measureListSegments({
        orgId: org.id,
        body: "Hi {{firstName}}",
        listIds: [list.id],
        signal: controller.signal,
      }),
    );
    expect(error).toMatchObject({ name: "AbortError" });
    expect(
      await measureListSegments({ orgId: org.id, body: "Hi {{firstName}}", listIds: [list.id] }),
    ).toMatchObject({ recipients: 1, minSegments: 1, maxSegments: 1 });
  });
});

describe("tenant isolation", () => {
  it("another organization cannot read, change, copy, delete or preview a template or a contact", async () => {
    const { org: orgA, ada } = await makeOrgWithAda();
    const { org: orgB } = await makeOrgWithAda();
    const template = await createTemplate({ orgId: orgA.id, name: "Secret", body: "Hi {{firstName}}" });
    const list = await db.contactList.create({ data: { orgId: orgA.id, name: "A's list" } });
    await db.contactListMember.create({ data: { listId: list.id, contactId: ada.id } });
    const asB = { orgId: orgB.id, templateId: template.id };

    const attempts = [
      () => getTemplate(asB),
      () => updateTemplate({ ...asB, name: "Mine now", body: "Hi" }),
      () => duplicateTemplate(asB),
      () => deleteTemplate(asB),
      () => previewTemplate({ orgId: orgB.id, body: "Hi {{firstName}}", contactId: ada.id.toString() }),
      () => measureListSegments({ orgId: orgB.id, body: "Hi {{firstName}}", listIds: [list.id] }),
      () => getTemplate({ orgId: orgB.id, templateId: "not-a-uuid" }),
    ];
    for (const attempt of attempts) {
      expect(await rejection(attempt())).toBeInstanceOf(NotFoundError);
    }
    expect((await listTemplates({ orgId: orgB.id })).templates).toEqual([]);
    expect(await findPreviewContacts({ orgId: orgB.id, query: "+4915112345678" })).not.toContainEqual(
      expect.objectContaining({ id: ada.id.toString() }),
    );
    expect(await getTemplate({ orgId: orgA.id, templateId: template.id })).toMatchObject({
      name: "Secret",
      body: "Hi {{firstName}}",
    });
    expect(await db.template.count({ where: { orgId: orgB.id } })).toBe(0);
  });

  it("never counts another organization's contact, even one wrongly placed in the list", async () => {
    const { org: orgA } = await makeOrgWithAda();
    const { ada: otherAda } = await makeOrgWithAda();
    const list = await db.contactList.create({ data: { orgId: orgA.id, name: "Mixed" } });
    await db.contactListMember.create({ data: { listId: list.id, contactId: otherAda.id } });
    expect(
      await measureListSegments({ orgId: orgA.id, body: "Hi {{firstName}}", listIds: [list.id] }),
    ).toMatchObject({ recipients: 0, minSegments: 0, maxSegments: 0, totalSegments: 0 });
  });
});
