import { describe, expect, it } from "vitest";
import { addContactsToList, createContactList, exportContactListCsv } from "@/lib/contacts";
import { insertContact, insertContacts } from "./helpers/contact-factories";
import { makeOrganization } from "./helpers/factories";

async function collect(chunks: AsyncIterable<string>): Promise<string[]> {
  const all: string[] = [];
  for await (const chunk of chunks) all.push(chunk);
  return all;
}

describe("exportContactListCsv", () => {
  it("streams every member once, in pages, after a header of standard and custom fields", async () => {
    const { org } = await makeOrganization();
    const ids = await insertContacts({ orgId: org.id, count: 23 });
    const outsider = await insertContact({ orgId: org.id, phone: "+4930999", fields: { notInList: "x" } });
    const list = await createContactList({ orgId: org.id, name: "Export me" });
    await addContactsToList({ orgId: org.id, listId: list.id, contactIds: ids });

    const exported = await exportContactListCsv({ orgId: org.id, listId: list.id, pageSize: 7 });
    expect(exported.listName).toBe("Export me");
    const chunks = await collect(exported.chunks);
    // Header, then pages of 7, 7, 7 and 2 contacts.
    expect(chunks).toHaveLength(5);
    const lines = chunks.join("").split("\r\n").filter(Boolean);
    expect(lines[0]).toBe("phone,firstName,lastName,email,timeZone,optedOut,serial");
    expect(lines).toHaveLength(24);
    const serials = lines.slice(1).map((line) => Number(line.split(",").at(-1)));
    expect(serials).toEqual(Array.from({ length: 23 }, (_, index) => index + 1));
    expect(chunks.join("")).not.toContain(String(outsider));
    expect(lines[1]).toBe("+4915100000001,First1,Last1,person1@example.test,,false,1");
  });

  it("writes cells a spreadsheet would run as formulas as text, and quotes commas, quotes and newlines", async () => {
    const { org } = await makeOrganization();
    const id = await insertContact({
      orgId: org.id,
      phone: "+4915100000042",
      firstName: '=HYPERLINK("http://evil.example","click")',
      lastName: "@SUM(A1)",
      email: "-2+3@example.test",
      fields: { note: 'says "hi", twice\nreally', formula: "+cmd|' /C calc'!A0" },
    });
    const list = await createContactList({ orgId: org.id, name: "Risky" });
    await addContactsToList({ orgId: org.id, listId: list.id, contactIds: [id] });

    const csv = (await collect((await exportContactListCsv({ orgId: org.id, listId: list.id })).chunks)).join(
      "",
    );
    expect(csv).toBe(
      "phone,firstName,lastName,email,timeZone,optedOut,formula,note\r\n" +
        `+4915100000042,"'=HYPERLINK(""http://evil.example"",""click"")",'@SUM(A1),'-2+3@example.test,,false,` +
        `'+cmd|' /C calc'!A0,"says ""hi"", twice\nreally"\r\n`,
    );
  });

  it("writes only the header for an empty list", async () => {
    const { org } = await makeOrganization();
    const list = await createContactList({ orgId: org.id, name: "Empty" });
    const chunks = await collect((await exportContactListCsv({ orgId: org.id, listId: list.id })).chunks);
    expect(chunks).toEqual(["phone,firstName,lastName,email,timeZone,optedOut\r\n"]);
  });
});
