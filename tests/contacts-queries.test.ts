import { describe, expect, it } from "vitest";
import { addContactsToList, createContactList, listContacts, type ContactSort } from "@/lib/contacts";
import { db } from "@/lib/db";
import { ValidationError } from "@/lib/errors";
import { insertContact, insertContacts } from "./helpers/contact-factories";
import { makeOrganization } from "./helpers/factories";

type PageFilter = { listId?: string; optedOut?: boolean; search?: string };

/** Follows nextCursor from the first page to the last; returns the ids in the order seen. */
async function walkForward(orgId: string, sort: ContactSort, limit: number, filter: PageFilter = {}) {
  const seen: string[] = [];
  const cursors: (string | undefined)[] = [undefined];
  let cursor: string | undefined;
  for (let pages = 0; pages < 1000; pages++) {
    const page = await listContacts({ orgId, sort, limit, cursor, ...filter });
    seen.push(...page.contacts.map((contact) => contact.id));
    if (!page.nextCursor) return { seen, cursors };
    cursor = page.nextCursor;
    cursors.push(cursor);
  }
  throw new Error("paging did not end");
}

/** The same order, computed the plain way (ORDER BY without keyset), for comparison. */
async function expectedOrder(orgId: string, sort: ContactSort): Promise<string[]> {
  const orderBy = {
    newest: `id DESC`,
    oldest: `id ASC`,
    name: `"lastName" ASC NULLS LAST, "firstName" ASC NULLS LAST, id ASC`,
    phone: `phone ASC`,
  }[sort];
  const rows = await db.$queryRawUnsafe<{ id: bigint }[]>(
    `SELECT id FROM contacts WHERE "orgId" = $1::uuid ORDER BY ${orderBy}`,
    orgId,
  );
  return rows.map((row) => row.id.toString());
}

describe("listContacts paging", () => {
  it.each(["newest", "oldest", "name", "phone"] as const)(
    "visits every contact exactly once in %s order, with tied and missing names",
    async (sort) => {
      const { org } = await makeOrganization();
      await insertContacts({ orgId: org.id, count: 237 });
      const { seen } = await walkForward(org.id, sort, 20);
      expect(seen).toHaveLength(237);
      expect(new Set(seen).size).toBe(237);
      expect(seen).toEqual(await expectedOrder(org.id, sort));
    },
  );

  it("goes back page by page with previous cursors and lands on a full first page", async () => {
    const { org } = await makeOrganization();
    await insertContacts({ orgId: org.id, count: 95 });
    const forward: string[][] = [];
    let page = await listContacts({ orgId: org.id, sort: "name", limit: 10 });
    expect(page.previousCursor).toBeNull();
    forward.push(page.contacts.map((c) => c.id));
    while (page.nextCursor) {
      page = await listContacts({ orgId: org.id, sort: "name", limit: 10, cursor: page.nextCursor });
      forward.push(page.contacts.map((c) => c.id));
    }
    expect(forward).toHaveLength(10);
    expect(forward.at(-1)).toHaveLength(5);

    const backward: string[][] = [page.contacts.map((c) => c.id)];
    while (page.previousCursor) {
      page = await listContacts({ orgId: org.id, sort: "name", limit: 10, cursor: page.previousCursor });
      backward.unshift(page.contacts.map((c) => c.id));
    }
    expect(backward).toEqual(forward);
  });

  it("pages through one list's members by keyset, newest first", async () => {
    const { org } = await makeOrganization();
    const ids = await insertContacts({ orgId: org.id, count: 60 });
    const list = await createContactList({ orgId: org.id, name: "Odd ones" });
    const members = ids.filter((_, index) => index % 2 === 1);
    await addContactsToList({ orgId: org.id, listId: list.id, contactIds: members });

    const { seen } = await walkForward(org.id, "newest", 7, { listId: list.id });
    expect(seen).toEqual(members.map(String).reverse());
    const byName = await walkForward(org.id, "name", 7, { listId: list.id });
    expect(new Set(byName.seen)).toEqual(new Set(members.map(String)));
    expect(byName.seen).toHaveLength(members.length);
  });

  it("filters opted-out contacts, and only those who can be messaged", async () => {
    const { org } = await makeOrganization();
    const ids = await insertContacts({ orgId: org.id, count: 50, optedOutEvery: 10 });
    const optedOut = ids.filter((_, index) => (index + 1) % 10 === 0).map(String);

    const { seen } = await walkForward(org.id, "oldest", 2, { optedOut: true });
    expect(seen).toEqual(optedOut);
    const reachable = await walkForward(org.id, "phone", 15, { optedOut: false });
    expect(reachable.seen).toHaveLength(45);
    expect(reachable.seen.some((id) => optedOut.includes(id))).toBe(false);

    const page = await listContacts({ orgId: org.id, optedOut: true });
    expect(page.contacts.every((contact) => contact.optedOut)).toBe(true);
  });

  it("refuses a cursor made for another sort order or edited by hand", async () => {
    const { org } = await makeOrganization();
    await insertContacts({ orgId: org.id, count: 5 });
    const { nextCursor } = await listContacts({ orgId: org.id, sort: "name", limit: 2 });
    await expect(listContacts({ orgId: org.id, sort: "phone", cursor: nextCursor! })).rejects.toBeInstanceOf(
      ValidationError,
    );
    await expect(listContacts({ orgId: org.id, sort: "name", cursor: "not-a-cursor" })).rejects.toMatchObject(
      {
        field: "cursor",
      },
    );
  });

  it("shows the lists each contact is in", async () => {
    const { org } = await makeOrganization();
    const [first, second] = await insertContacts({ orgId: org.id, count: 2 });
    const vip = await createContactList({ orgId: org.id, name: "VIP" });
    const berlin = await createContactList({ orgId: org.id, name: "Berlin" });
    await addContactsToList({ orgId: org.id, listId: vip.id, contactIds: [first!, second!] });
    await addContactsToList({ orgId: org.id, listId: berlin.id, contactIds: [first!] });

    const { contacts } = await listContacts({ orgId: org.id, sort: "oldest" });
    expect(contacts.map((contact) => contact.lists.map((list) => list.name))).toEqual([
      ["Berlin", "VIP"],
      ["VIP"],
    ]);
  });
});

describe("listContacts search", () => {
  async function searchIds(orgId: string, search: string, filter: PageFilter = {}) {
    const { seen } = await walkForward(orgId, "oldest", 50, { ...filter, search });
    return seen;
  }

  it("finds contacts by a fragment of the phone, the name or the email, ignoring case", async () => {
    const { org } = await makeOrganization();
    const anna = await insertContact({
      orgId: org.id,
      phone: "+4915112345678",
      firstName: "Anna",
      lastName: "Schmidt",
      email: "anna@firma.example",
    });
    const bernd = await insertContact({ orgId: org.id, phone: "+4917698765432", firstName: "Bernd" });
    await insertContacts({ orgId: org.id, count: 30 });

    expect(await searchIds(org.id, "1234567")).toEqual([String(anna)]);
    expect(await searchIds(org.id, "+49 (151) 123-45")).toEqual([String(anna)]);
    expect(await searchIds(org.id, "SCHMI")).toEqual([String(anna)]);
    expect(await searchIds(org.id, "firma.EXAMPLE")).toEqual([String(anna)]);
    expect(await searchIds(org.id, "anna schmidt")).toEqual([String(anna)]);
    expect(await searchIds(org.id, "98765")).toEqual([String(bernd)]);
    expect(await searchIds(org.id, "nobody-like-this")).toEqual([]);
  });

  it("matches a phone prefix or an exact name for searches shorter than three characters", async () => {
    const { org } = await makeOrganization();
    const li = await insertContact({ orgId: org.id, phone: "+4930111", firstName: "Wei", lastName: "Li" });
    const uk = await insertContact({ orgId: org.id, phone: "+447700900123", firstName: "Liam" });
    const us = await insertContact({ orgId: org.id, phone: "+12025550100", firstName: "Al" });

    expect(await searchIds(org.id, "li")).toEqual([String(li)]);
    expect(await searchIds(org.id, "44")).toEqual([String(uk)]);
    expect(await searchIds(org.id, "+1")).toEqual([String(us)]);
    expect(await searchIds(org.id, "4")).toEqual([String(li), String(uk)]);
    expect(await searchIds(org.id, "AL")).toEqual([String(us)]);
  });

  it("treats % and _ in a search as plain characters", async () => {
    const { org } = await makeOrganization();
    const underscored = await insertContact({
      orgId: org.id,
      phone: "+4930222",
      email: "first_last@x.example",
    });
    await insertContact({ orgId: org.id, phone: "+4930333", email: "firstXlast@x.example" });

    expect(await searchIds(org.id, "first_last")).toEqual([String(underscored)]);
    expect(await searchIds(org.id, "100%")).toEqual([]);
  });

  it("combines search with the list and opted-out filters and pages the result", async () => {
    const { org } = await makeOrganization();
    const ids = await insertContacts({ orgId: org.id, count: 120, optedOutEvery: 3 });
    const list = await createContactList({ orgId: org.id, name: "Everyone" });
    await addContactsToList({ orgId: org.id, listId: list.id, contactIds: ids });

    // "Last1" is every contact whose serial is 1 mod 3 (and not a multiple of 7), none of them opted out.
    const inList = await walkForward(org.id, "name", 4, { listId: list.id, search: "last1" });
    const expected = await db.$queryRaw<{ id: bigint }[]>`
      SELECT id FROM contacts WHERE "orgId" = ${org.id}::uuid AND "lastName" = 'Last1'
      ORDER BY "firstName" NULLS LAST, id`;
    expect(inList.seen).toEqual(expected.map((row) => String(row.id)));
    expect(await searchIds(org.id, "last1", { optedOut: true })).toEqual([]);
  });
});
