import { beforeAll, describe, expect, it } from "vitest";
import {
  addContactsToList,
  createContactList,
  deleteContactList,
  deleteContacts,
  exportContactListCsv,
  getContact,
  listContacts,
  removeContactsFromList,
  renameContactList,
  setContactOptOut,
} from "@/lib/contacts";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { insertContacts } from "./helpers/contact-factories";
import { makeOrganization } from "./helpers/factories";

/** Everything organization A owns, as it is stored, to prove that nothing changed. */
async function snapshotOf(orgId: string) {
  const [contacts, lists, memberships, org] = await Promise.all([
    db.contact.findMany({ where: { orgId }, orderBy: { id: "asc" } }),
    db.contactList.findMany({ where: { orgId }, orderBy: { id: "asc" } }),
    db.contactListMember.findMany({
      where: { list: { orgId } },
      orderBy: [{ listId: "asc" }, { contactId: "asc" }],
    }),
    db.organization.findUniqueOrThrow({ where: { id: orgId }, select: { contactCount: true } }),
  ]);
  return { contacts, lists, memberships, org };
}

describe("tenant isolation of contacts and lists", () => {
  let a: { orgId: string; contactIds: bigint[]; listId: string };
  let b: { orgId: string; contactIds: bigint[]; listId: string };
  let before: Awaited<ReturnType<typeof snapshotOf>>;

  beforeAll(async () => {
    const [orgA, orgB] = [await makeOrganization(), await makeOrganization()];
    const setUp = async (orgId: string) => {
      const contactIds = await insertContacts({ orgId, count: 5 });
      const list = await createContactList({ orgId, name: "Shared name" });
      await addContactsToList({ orgId, listId: list.id, contactIds: contactIds.slice(0, 3) });
      return { orgId, contactIds, listId: list.id };
    };
    a = await setUp(orgA.org.id);
    b = await setUp(orgB.org.id);
    before = await snapshotOf(a.orgId);
  });

  const attempts: [string, () => Promise<unknown>][] = [
    ["read a contact", () => getContact({ orgId: b.orgId, contactId: a.contactIds[0]! })],
    ["list a list's members", () => listContacts({ orgId: b.orgId, listId: a.listId })],
    [
      "opt a contact out",
      () => setContactOptOut({ orgId: b.orgId, contactId: a.contactIds[4]!, optedOut: true }),
    ],
    ["delete contacts", () => deleteContacts({ orgId: b.orgId, contactIds: a.contactIds })],
    [
      "delete its own contacts together with a guessed one",
      () => deleteContacts({ orgId: b.orgId, contactIds: [b.contactIds[0]!, a.contactIds[0]!] }),
    ],
    [
      "add a contact to its own list",
      () => addContactsToList({ orgId: b.orgId, listId: b.listId, contactIds: [a.contactIds[4]!] }),
    ],
    [
      "add its own contact to the list",
      () => addContactsToList({ orgId: b.orgId, listId: a.listId, contactIds: [b.contactIds[4]!] }),
    ],
    [
      "remove contacts from the list",
      () => removeContactsFromList({ orgId: b.orgId, listId: a.listId, contactIds: [b.contactIds[0]!] }),
    ],
    [
      "remove the contacts from its own list",
      () =>
        removeContactsFromList({ orgId: b.orgId, listId: b.listId, contactIds: a.contactIds.slice(0, 3) }),
    ],
    ["rename the list", () => renameContactList({ orgId: b.orgId, listId: a.listId, name: "Taken over" })],
    ["delete the list", () => deleteContactList({ orgId: b.orgId, listId: a.listId })],
    ["export the list", () => exportContactListCsv({ orgId: b.orgId, listId: a.listId })],
  ];

  it.each(attempts)("organization B cannot %s of organization A by guessing ids", async (_what, attempt) => {
    await expect(attempt()).rejects.toBeInstanceOf(NotFoundError);
    expect(await snapshotOf(a.orgId)).toEqual(before);
  });

  it("organization B's own contacts and list are untouched by its refused attempts", async () => {
    const own = await listContacts({ orgId: b.orgId, listId: b.listId, sort: "oldest" });
    expect(own.contacts.map((contact) => contact.id)).toEqual(b.contactIds.slice(0, 3).map(String));
  });

  it("a search or sort never shows another organization's contacts", async () => {
    for (const sort of ["newest", "oldest", "name", "phone"] as const) {
      const page = await listContacts({ orgId: b.orgId, sort, search: "example.test", limit: 200 });
      expect(page.contacts.map((contact) => contact.id).sort()).toEqual(b.contactIds.map(String).sort());
    }
  });
});
