import { describe, expect, it } from "vitest";
import { GET as getContactRoute } from "@/app/api/v1/contacts/[id]/route";
import { GET as listContactsRoute, POST as createContactRoute } from "@/app/api/v1/contacts/route";
import { POST as addListContactsRoute } from "@/app/api/v1/lists/[id]/contacts/route";
import { GET as listListsRoute, POST as createListRoute } from "@/app/api/v1/lists/route";
import { db } from "@/lib/db";
import { callApi, makeApiOrganization } from "./helpers/api-requests";
import { insertContacts } from "./helpers/contact-factories";

const createContact = (secret: string, body: unknown, headers?: Record<string, string>) =>
  callApi(createContactRoute, { path: "/api/v1/contacts", key: secret, body, headers });

describe("POST /api/v1/contacts", () => {
  it("creates a contact with its number normalised in the organization's default country, on its lists", async () => {
    const { org, secret } = await makeApiOrganization();
    const list = await callApi(createListRoute, {
      path: "/api/v1/lists",
      key: secret,
      body: { name: "VIP" },
    });
    const created = await createContact(secret, {
      phone: "0151 2345 6789",
      firstName: " Ada ",
      lastName: "Lovelace",
      email: "ada@example.test",
      timeZone: "Europe/London",
      customFields: { plan: "gold", seats: 3 },
      listIds: [list.body.id],
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      phone: "+4915123456789",
      firstName: "Ada",
      lastName: "Lovelace",
      email: "ada@example.test",
      timeZone: "Europe/London",
      customFields: { plan: "gold", seats: 3 },
      optedOut: false,
      lists: [{ id: list.body.id, name: "VIP" }],
    });
    expect(created.body.id).toMatch(/^\d+$/);

    const fetched = await callApi(getContactRoute, {
      path: `/api/v1/contacts/${created.body.id}`,
      key: secret,
      params: { id: created.body.id as string },
    });
    expect(fetched.body).toEqual(created.body);

    const counters = await db.organization.findUniqueOrThrow({ where: { id: org.id } });
    expect(counters.contactCount).toBe(1);
    const stored = await db.contactList.findUniqueOrThrow({ where: { id: list.body.id as string } });
    expect(stored.memberCount).toBe(1);
    const fields = await db.contactField.findMany({ where: { orgId: org.id }, orderBy: { name: "asc" } });
    expect(fields.map((field) => field.name)).toEqual(["plan", "seats"]);
  });

  it("reads a number in the given country and refuses one already in the organization with 409", async () => {
    const { secret } = await makeApiOrganization();
    const uk = await createContact(secret, { phone: "07400 123456", country: "gb" });
    expect(uk.status).toBe(201);
    expect(uk.body.phone).toBe("+447400123456");
    const again = await createContact(secret, { phone: "+44 7400 123456" });
    expect(again.status).toBe(409);
    expect(again.body.error?.message).toBe("A contact with the number +447400123456 already exists.");
  });

  it("names the field of every validation error with 422", async () => {
    const { secret } = await makeApiOrganization();
    const cases: [unknown, string, RegExp][] = [
      [{ phone: "12" }, "phone", /Phone number|number/],
      [{ phone: "+4915123456789", nickname: "Ada" }, "nickname", /Unknown field “nickname”/],
      [{ phone: "+4915123456789", email: "not-an-email" }, "email", /email/],
      [{ phone: "+4915123456789", timeZone: "Mars/Base" }, "timeZone", /time zone/],
      [{ phone: "+4915123456789", listIds: ["nope"] }, "listIds.0", /list/],
      [
        { phone: "+4915123456789", listIds: ["6f1c2d3e-4b5a-4c6d-8e7f-0a1b2c3d4e5f"] },
        "listIds",
        /does not exist/,
      ],
      [{ phone: "+4915123456789", customFields: { plan: { nested: true } } }, "customFields.plan", /./],
      [{ phone: "+4915123456789", country: "XX" }, "country", /country/],
      [{}, "phone", /./],
    ];
    for (const [body, field, message] of cases) {
      const answer = await createContact(secret, body);
      expect(answer.status, JSON.stringify(body)).toBe(422);
      expect(answer.body.error?.code).toBe("validation_failed");
      expect(answer.body.error?.field, JSON.stringify(body)).toBe(field);
      expect(answer.body.error?.message, JSON.stringify(body)).toMatch(message);
    }
  });

  it("answers 415 for a body that is not JSON, 400 for bad JSON and 413 past 64 KiB", async () => {
    const { secret } = await makeApiOrganization();
    const text = await createContact(secret, "phone=1", { "content-type": "text/plain" });
    expect(text.status).toBe(415);
    expect(text.body.error?.code).toBe("unsupported_media_type");

    const broken = await createContact(secret, '{"phone": "+4915123456789",');
    expect(broken.status).toBe(400);
    expect(broken.body.error?.code).toBe("invalid_json");
    const empty = await createContact(secret, "");
    expect(empty.status).toBe(400);

    const big = { phone: "+4915123456789", customFields: { notes: "x".repeat(70_000) } };
    const declared = await createContact(secret, big);
    expect(declared.status).toBe(413);
    expect(declared.body.error?.code).toBe("payload_too_large");

    // A streamed body without Content-Length is cut at the limit, not read to its end.
    let pulled = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled += 1;
        if (pulled > 1_000) controller.close();
        else controller.enqueue(new Uint8Array(16 * 1024).fill(32));
      },
    });
    const request = new Request("http://localhost/api/v1/contacts", {
      method: "POST",
      headers: { authorization: `Bearer ${secret}`, "content-type": "application/json" },
      body: stream,
      duplex: "half",
    } as RequestInit);
    const streamed = await createContactRoute(request, { params: Promise.resolve({}) });
    expect(streamed.status).toBe(413);
    expect(pulled).toBeLessThan(10);
  });
});

describe("GET /api/v1/contacts", () => {
  it("pages with a keyset cursor across pages, every contact once", async () => {
    const { org, secret } = await makeApiOrganization();
    const ids = await insertContacts({ orgId: org.id, count: 25 });
    const seen: string[] = [];
    let cursor: string | null = null;
    const sizes: number[] = [];
    do {
      const query: string = cursor ? `?limit=10&cursor=${encodeURIComponent(cursor)}` : "?limit=10";
      const page = await callApi(listContactsRoute, { path: `/api/v1/contacts${query}`, key: secret });
      expect(page.status).toBe(200);
      sizes.push(page.body.data!.length);
      seen.push(...page.body.data!.map((contact) => contact.id as string));
      cursor = page.body.nextCursor ?? null;
    } while (cursor);
    expect(sizes).toEqual([10, 10, 5]);
    expect(seen.toSorted()).toEqual(ids.map(String).toSorted());
    // Newest first.
    expect(seen[0]).toBe(String(ids.at(-1)));
  });

  it("filters by list, opt-out and search", async () => {
    const { org, secret } = await makeApiOrganization();
    const ids = await insertContacts({ orgId: org.id, count: 12, optedOutEvery: 4 });
    const list = await callApi(createListRoute, {
      path: "/api/v1/lists",
      key: secret,
      body: { name: "Some" },
    });
    await callApi(addListContactsRoute, {
      path: `/api/v1/lists/${list.body.id}/contacts`,
      key: secret,
      params: { id: list.body.id as string },
      body: { contactIds: ids.slice(0, 5).map(String) },
    });
    const get = (query: string) =>
      callApi(listContactsRoute, { path: `/api/v1/contacts?${query}`, key: secret });

    expect((await get(`listId=${list.body.id}`)).body.data).toHaveLength(5);
    const optedOut = await get("optedOut=true");
    expect(optedOut.body.data!.map((contact) => contact.phone).toSorted()).toEqual([
      "+4915100000004",
      "+4915100000008",
      "+4915100000012",
    ]);
    expect((await get("optedOut=false")).body.data).toHaveLength(9);
    expect((await get("search=person11%40")).body.data!.map((contact) => contact.phone)).toEqual([
      "+4915100000011",
    ]);
  });

  it("refuses bad query parameters with 422 naming them", async () => {
    const { secret } = await makeApiOrganization();
    const cases: [string, string][] = [
      ["limit=abc", "limit"],
      ["limit=0", "limit"],
      ["limit=1000", "limit"],
      ["limit=2.5", "limit"],
      ["optedOut=yes", "optedOut"],
      ["listId=nope", "listId"],
      ["sort=phone", "sort"],
      ["limit=1&limit=2", "limit"],
      ["cursor=garbage", "cursor"],
    ];
    for (const [query, field] of cases) {
      const answer = await callApi(listContactsRoute, { path: `/api/v1/contacts?${query}`, key: secret });
      expect(answer.status, query).toBe(422);
      expect(answer.body.error?.field, query).toBe(field);
    }
  });
});

describe("lists", () => {
  it("creates and lists lists, and adds contacts set-based, counting only new members", async () => {
    const { org, secret } = await makeApiOrganization();
    const ids = (await insertContacts({ orgId: org.id, count: 6 })).map(String);
    const created = await callApi(createListRoute, {
      path: "/api/v1/lists",
      key: secret,
      body: { name: "Newsletter", description: "Monthly" },
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ name: "Newsletter", description: "Monthly", memberCount: 0 });
    const listId = created.body.id as string;

    const add = (contactIds: string[]) =>
      callApi(addListContactsRoute, {
        path: `/api/v1/lists/${listId}/contacts`,
        key: secret,
        params: { id: listId },
        body: { contactIds },
      });
    expect((await add(ids.slice(0, 4))).body).toEqual({ added: 4, memberCount: 4 });
    expect((await add(ids)).body).toEqual({ added: 2, memberCount: 6 });

    const invalid = await add(["12x"]);
    expect(invalid.status).toBe(422);
    expect(invalid.body.error?.field).toBe("contactIds.0");
    const empty = await add([]);
    expect(empty.body.error?.field).toBe("contactIds");

    const lists = await callApi(listListsRoute, { path: "/api/v1/lists", key: secret });
    expect(lists.body).toMatchObject({
      data: [{ id: listId, name: "Newsletter", memberCount: 6 }],
      nextCursor: null,
    });

    const duplicate = await callApi(createListRoute, {
      path: "/api/v1/lists",
      key: secret,
      body: { name: "Newsletter" },
    });
    expect(duplicate.status).toBe(422);
    expect(duplicate.body.error?.field).toBe("name");
    const nameless = await callApi(createListRoute, {
      path: "/api/v1/lists",
      key: secret,
      body: { name: "" },
    });
    expect(nameless.body.error).toMatchObject({ field: "name", message: "Give the list a name." });
  });
});
