import { describe, expect, it, vi } from "vitest";
import { POST as unknownEndpointRoute } from "@/app/api/v1/[...path]/route";
import { GET as getCampaignRoute } from "@/app/api/v1/campaigns/[id]/route";
import { GET as getContactRoute } from "@/app/api/v1/contacts/[id]/route";
import { GET as listContactsRoute } from "@/app/api/v1/contacts/route";
import { POST as addListContactsRoute } from "@/app/api/v1/lists/[id]/contacts/route";
import { revokeApiKey } from "@/lib/auth";
import { createContactList } from "@/lib/contacts";
import { callApi, makeApiOrganization } from "./helpers/api-requests";
import { insertContacts } from "./helpers/contact-factories";

describe("REST API authentication", () => {
  it("answers 401 with its own message for a missing, malformed, unknown or revoked key", async () => {
    const { org, apiKey, secret } = await makeApiOrganization();
    const call = (headers: Record<string, string>) =>
      callApi(listContactsRoute, { path: "/api/v1/contacts", headers });

    const missing = await call({});
    expect(missing.status).toBe(401);
    expect(missing.body.error).toEqual({
      code: "unauthorized",
      message: "Send your API key in the Authorization header: Bearer sk_…",
    });
    for (const header of ["Basic dXNlcjpwYXNz", "Bearer sk_tooshort", `Bearer ${secret}x`]) {
      const malformed = await call({ authorization: header });
      expect(malformed.status, header).toBe(401);
      expect(malformed.body.error?.message, header).toMatch(/malformed/);
    }
    const unknown = await call({ authorization: `Bearer sk_${"x".repeat(40)}` });
    expect(unknown.body.error?.message).toBe("The API key is not valid.");

    expect((await call({ authorization: `Bearer ${secret}` })).status).toBe(200);
    await revokeApiKey({ orgId: org.id, role: "owner", apiKeyId: apiKey.id });
    const revoked = await call({ authorization: `Bearer ${secret}` });
    expect(revoked.status).toBe(401);
    expect(revoked.body.error?.message).toBe("The API key was revoked.");
  });

  it("answers 404, never 403, for another organization's ids, and for ids that cannot exist", async () => {
    const mine = await makeApiOrganization();
    const theirs = await makeApiOrganization();
    const [theirContact] = await insertContacts({ orgId: theirs.org.id, count: 1 });
    const theirList = await createContactList({ orgId: theirs.org.id, name: "Theirs" });
    const [myContact] = await insertContacts({ orgId: mine.org.id, count: 1 });

    const contact = await callApi(getContactRoute, {
      path: `/api/v1/contacts/${theirContact}`,
      key: mine.secret,
      params: { id: String(theirContact) },
    });
    expect(contact.status).toBe(404);
    expect(contact.body.error?.code).toBe("not_found");
    const own = await callApi(getContactRoute, {
      path: `/api/v1/contacts/${theirContact}`,
      key: theirs.secret,
      params: { id: String(theirContact) },
    });
    expect(own.status).toBe(200);

    const filtered = await callApi(listContactsRoute, {
      path: `/api/v1/contacts?listId=${theirList.id}`,
      key: mine.secret,
    });
    expect(filtered.status).toBe(404);

    const added = await callApi(addListContactsRoute, {
      path: `/api/v1/lists/${theirList.id}/contacts`,
      key: mine.secret,
      params: { id: theirList.id },
      body: { contactIds: [String(myContact)] },
    });
    expect(added.status).toBe(404);

    for (const id of ["not-a-uuid", "6f1c2d3e-4b5a-4c6d-8e7f-0a1b2c3d4e5f"]) {
      const campaign = await callApi(getCampaignRoute, {
        path: `/api/v1/campaigns/${id}`,
        key: mine.secret,
        params: { id },
      });
      expect(campaign.status, id).toBe(404);
    }
    const badContactId = await callApi(getContactRoute, {
      path: "/api/v1/contacts/abc",
      key: mine.secret,
      params: { id: "abc" },
    });
    expect(badContactId.status).toBe(404);
  });

  it("answers a path that names no endpoint with a JSON 404 in the error shape", async () => {
    const answer = await callApi(unknownEndpointRoute, {
      method: "POST",
      path: "/api/v1/contactz",
      params: { path: "contactz" },
    });
    expect(answer.status).toBe(404);
    expect(answer.body.error).toEqual({
      code: "not_found",
      message: "The endpoint POST /api/v1/contactz was not found.",
    });
  });

  it("rate-limits each key: 429 with Retry-After and RateLimit headers past the burst", async () => {
    // A small limit: the wrapper reads it from the configuration, read once per module load.
    vi.stubEnv("API_RATE_LIMIT_PER_SECOND", "0.5");
    vi.stubEnv("API_RATE_LIMIT_BURST", "3");
    vi.resetModules();
    try {
      const { GET } = await import("@/app/api/v1/contacts/route");
      const { secret } = await makeApiOrganization();
      const other = await makeApiOrganization();
      const call = (key: string) => callApi(GET, { path: "/api/v1/contacts", key });

      const answers = [];
      for (let i = 0; i < 4; i++) answers.push(await call(secret));
      expect(answers.map((answer) => answer.status)).toEqual([200, 200, 200, 429]);
      expect(answers.map((answer) => answer.headers.get("RateLimit-Remaining"))).toEqual([
        "2",
        "1",
        "0",
        "0",
      ]);
      expect(answers[0]!.headers.get("RateLimit-Limit")).toBe("3");
      const refused = answers[3]!;
      expect(refused.body.error?.code).toBe("rate_limited");
      // The next request is allowed 2 s after the first (0.5 per second), less the few ms the calls took.
      expect(refused.headers.get("Retry-After")).toBe("2");

      // Another key has its own allowance.
      expect((await call(other.secret)).status).toBe(200);

      // After Retry-After, one more request goes through, and only one.
      await new Promise((resolve) => setTimeout(resolve, 2_050));
      expect((await call(secret)).status).toBe(200);
      expect((await call(secret)).status).toBe(429);
    } finally {
      vi.unstubAllEnvs();
      vi.resetModules();
    }
  });
});
