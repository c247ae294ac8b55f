import { describe, expect, it } from "vitest";
import {
  addContactsToList,
  createContactList,
  deleteContactList,
  deleteContacts,
  getContact,
  listContactLists,
  removeContactsFromList,
  renameContactList,
  setContactOptOut,
} from "@/lib/contacts";
import { db } from "@/lib/db";
import { ValidationError } from "@/lib/errors";
import { countersOf, insertContact, insertContacts } from "./helpers/contact-factories";
import { makeOrganization } from "./helpers/factories";

async function expectCountersExact(orgId: string) {
  const counters = await countersOf(orgId);
  expect(counters.contacts.stored).toBe(counters.contacts.counted);
  for (const list of counters.lists) expect(list.stored).toBe(list.counted);
  return counters;
}

describe("list membership counters", () => {
  it("counts only contacts actually added, not those already in the list or named twice", async () => {
    const { org } = await makeOrganization();
    const ids = await insertContacts({ orgId: org.id, count: 10 });
    const list = await createContactList({ orgId: org.id, name: "Newsletter" });

    expect(await addContactsToList({ orgId: org.id, listId: list.id, contactIds: ids.slice(0, 6) })).toEqual({
      changed: 6,
      memberCount: 6,
    });
    const again = [...ids.slice(4, 10), ids[9]!].map(String);
    expect(await addContactsToList({ orgId: org.id, listId: list.id, contactIds: again })).toEqual({
      changed: 4,
      memberCount: 10,
    });
    await expectCountersExact(org.id);
  });

  it("counts only memberships actually removed, and keeps the contacts", async () => {
    const { org } = await makeOrganization();
    const ids = await insertContacts({ orgId: org.id, count: 8 });
    const list = await createContactList({ orgId: org.id, name: "Trial" });
    await addContactsToList({ orgId: org.id, listId: list.id, contactIds: ids.slice(0, 5) });

    expect(
      await removeContactsFromList({ orgId: org.id, listId: list.id, contactIds: ids.slice(3, 8) }),
    ).toEqual({
      changed: 2,
      memberCount: 3,
    });
    const counters = await expectCountersExact(org.id);
    expect(counters.contacts.counted).toBe(8);
  });

  it("lowers the organization's count and every affected list's count when contacts are deleted", async () => {
    const { org } = await makeOrganization();
    const ids = await insertContacts({ orgId: org.id, count: 20 });
    const gold = await createContactList({ orgId: org.id, name: "Gold" });
    const silver = await createContactList({ orgId: org.id, name: "Silver" });
    const untouched = await createContactList({ orgId: org.id, name: "Untouched" });
    await addContactsToList({ orgId: org.id, listId: gold.id, contactIds: ids.slice(0, 10) });
    await addContactsToList({ orgId: org.id, listId: silver.id, contactIds: ids.slice(5, 15) });
    await addContactsToList({ orgId: org.id, listId: untouched.id, contactIds: ids.slice(15, 20) });

    expect(await deleteContacts({ orgId: org.id, contactIds: ids.slice(3, 12) })).toEqual({ deleted: 9 });
    const counters = await expectCountersExact(org.id);
    expect(counters.contacts.stored).toBe(11);
    expect(Object.fromEntries(counters.lists.map((list) => [list.id, list.stored]))).toEqual({
      [gold.id]: 3,
      [silver.id]: 3,
      [untouched.id]: 5,
    });
  });
});

describe("lists", () => {
  it("refuses a second list with the same name, on the name field", async () => {
    const { org } = await makeOrganization();
    await createContactList({ orgId: org.id, name: "Customers" });
    const duplicate = createContactList({ orgId: org.id, name: "  Customers " });
    await expect(duplicate).rejects.toBeInstanceOf(ValidationError);
    await expect(duplicate).rejects.toMatchObject({
      field: "name",
      message: 'A list named "Customers" already exists. Choose another name.',
    });
    // Another organization may use the same name.
    const other = await makeOrganization();
    await expect(createContactList({ orgId: other.org.id, name: "Customers" })).resolves.toMatchObject({
      name: "Customers",
    });
  });

  it("names an empty list name as the problem", async () => {
    const { org } = await makeOrganization();
    await expect(createContactList({ orgId: org.id, name: "   " })).rejects.toMatchObject({
      field: "name",
      message: "Give the list a name.",
    });
  });

  it("renames a list, and refuses a name another list has", async () => {
    const { org } = await makeOrganization();
    const first = await createContactList({ orgId: org.id, name: "Spring", description: "  " });
    await createContactList({ orgId: org.id, name: "Summer" });
    expect(first.description).toBeNull();
    await renameContactList({ orgId: org.id, listId: first.id, name: "Spring 2027" });
    await expect(
      renameContactList({ orgId: org.id, listId: first.id, name: "Summer" }),
    ).rejects.toMatchObject({
      field: "name",
    });
    const lists = await listContactLists({ orgId: org.id });
    expect(lists.map((list) => list.name)).toEqual(["Spring 2027", "Summer"]);
  });

  it("deletes a list and keeps its contacts", async () => {
    const { org } = await makeOrganization();
    const ids = await insertContacts({ orgId: org.id, count: 4 });
    const list = await createContactList({ orgId: org.id, name: "Temporary" });
    await addContactsToList({ orgId: org.id, listId: list.id, contactIds: ids });
    await deleteContactList({ orgId: org.id, listId: list.id });
    expect(await listContactLists({ orgId: org.id })).toEqual([]);
    expect(await db.contact.count({ where: { orgId: org.id } })).toBe(4);
    await expectCountersExact(org.id);
  });
});

describe("one contact", () => {
  it("shows its fields, custom fields sorted by name and its lists", async () => {
    const { org } = await makeOrganization();
    const id = await insertContact({
      orgId: org.id,
      phone: "+4915199990000",
      firstName: "Ida",
      email: "ida@example.test",
      fields: { plan: "gold", city: "Köln" },
    });
    const list = await createContactList({ orgId: org.id, name: "Köln" });
    await addContactsToList({ orgId: org.id, listId: list.id, contactIds: [id] });

    expect(await getContact({ orgId: org.id, contactId: String(id) })).toMatchObject({
      id: String(id),
      phone: "+4915199990000",
      firstName: "Ida",
      lastName: null,
      email: "ida@example.test",
      customFields: [
        { name: "city", value: "Köln" },
        { name: "plan", value: "gold" },
      ],
      optedOut: false,
      optedOutAt: null,
      lists: [{ id: list.id, name: "Köln" }],
    });
  });

  it("records when a contact opted out, keeps the first date when asked twice, and clears it on opting in", async () => {
    const { org } = await makeOrganization();
    const id = await insertContact({ orgId: org.id, phone: "+4915188887777" });
    const first = await setContactOptOut({ orgId: org.id, contactId: id, optedOut: true });
    expect(first.optedOut).toBe(true);
    expect(first.optedOutAt).toBeInstanceOf(Date);
    const second = await setContactOptOut({ orgId: org.id, contactId: id, optedOut: true });
    expect(second.optedOutAt).toEqual(first.optedOutAt);
    expect(await setContactOptOut({ orgId: org.id, contactId: id, optedOut: false })).toEqual({
      optedOut: false,
      optedOutAt: null,
    });
  });
});
