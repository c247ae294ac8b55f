import { describe, expect, it } from "vitest";
import { z } from "zod";
import { POST as createListRoute } from "@/app/api/v1/lists/route";
import { apiRoute, purgeExpiredIdempotencyKeys } from "@/lib/api";
import { claimIdempotencyKey } from "@/lib/api/claim-idempotency-key";
import { requestFingerprint } from "@/lib/api/request-fingerprint";
import { db } from "@/lib/db";
import { callApi, makeApiOrganization } from "./helpers/api-requests";

const createList = (secret: string, key: string, body: unknown) =>
  callApi(createListRoute, { path: "/api/v1/lists", key: secret, body, headers: { "idempotency-key": key } });

describe("Idempotency-Key", () => {
  it("replays the stored answer for the same key and body, in any key order, and acts once", async () => {
    const { org, secret } = await makeApiOrganization();
    const first = await createList(secret, "key-1", { name: "Buyers", description: "From the shop" });
    expect(first.status).toBe(201);
    expect(first.headers.get("Idempotent-Replayed")).toBeNull();

    const again = await createList(secret, "key-1", { description: "From the shop", name: "Buyers" });
    expect(again.status).toBe(201);
    expect(again.headers.get("Idempotent-Replayed")).toBe("true");
    expect(again.body).toEqual(first.body);
    expect(await db.contactList.count({ where: { orgId: org.id } })).toBe(1);

    // Without the header, the same request acts again (and here meets the unique name).
    const plain = await callApi(createListRoute, {
      path: "/api/v1/lists",
      key: secret,
      body: { name: "Buyers" },
    });
    expect(plain.status).toBe(422);
    expect(plain.body.error?.field).toBe("name");
  });

  it("answers 422 idempotency_key_reused for the same key with another body", async () => {
    const { secret } = await makeApiOrganization();
    expect((await createList(secret, "key-2", { name: "A" })).status).toBe(201);
    const other = await createList(secret, "key-2", { name: "B" });
    expect(other.status).toBe(422);
    expect(other.body.error?.code).toBe("idempotency_key_reused");
  });

  it("answers 409 idempotency_key_in_use while the first request is still running", async () => {
    const { org, secret } = await makeApiOrganization();
    const body = { name: "Running" };
    const claim = await claimIdempotencyKey({
      orgId: org.id,
      key: "key-3",
      fingerprint: requestFingerprint("POST", "/api/v1/lists", body),
    });
    expect(claim).toEqual({ kind: "claimed" });
    const second = await createList(secret, "key-3", body);
    expect(second.status).toBe(409);
    expect(second.body.error?.code).toBe("idempotency_key_in_use");
    expect(await db.contactList.count({ where: { orgId: org.id } })).toBe(0);
  });

  it("acts once when the same request arrives twice at the same moment", async () => {
    const { org, secret } = await makeApiOrganization();
    const answers = await Promise.all([
      createList(secret, "race", { name: "Race" }),
      createList(secret, "race", { name: "Race" }),
    ]);
    const acted = answers.filter(
      (answer) => answer.status === 201 && !answer.headers.get("Idempotent-Replayed"),
    );
    expect(acted).toHaveLength(1);
    for (const answer of answers) expect([201, 409]).toContain(answer.status);
    expect(await db.contactList.count({ where: { orgId: org.id } })).toBe(1);
  });

  it("keeps keys apart per organization", async () => {
    const one = await makeApiOrganization();
    const two = await makeApiOrganization();
    expect((await createList(one.secret, "shared", { name: "One" })).status).toBe(201);
    const other = await createList(two.secret, "shared", { name: "Two" });
    expect(other.status).toBe(201);
    expect(other.headers.get("Idempotent-Replayed")).toBeNull();
  });

  it("releases the key after a 5xx so the request can be retried", async () => {
    const { secret } = await makeApiOrganization();
    let runs = 0;
    const flaky = apiRoute({ body: z.object({ n: z.number() }).strict(), idempotent: true }, async () => {
      runs += 1;
      if (runs === 1) throw new Error("database went away");
      return Response.json({ runs }, { status: 201 });
    });
    const call = () =>
      callApi(flaky, {
        path: "/api/v1/flaky",
        key: secret,
        body: { n: 1 },
        headers: { "idempotency-key": "k" },
      });
    expect((await call()).status).toBe(500);
    const retried = await call();
    expect(retried).toMatchObject({ status: 201, body: { runs: 2 } });
    const replayed = await call();
    expect(replayed).toMatchObject({ status: 201, body: { runs: 2 } });
    expect(replayed.headers.get("Idempotent-Replayed")).toBe("true");
    expect(runs).toBe(2);
  });

  it("refuses a key that is not 1–255 visible ASCII characters", async () => {
    const { secret } = await makeApiOrganization();
    const answer = await createList(secret, "x".repeat(256), { name: "Long" });
    expect(answer.status).toBe(400);
    expect(answer.body.error?.code).toBe("invalid_idempotency_key");
  });

  it("keeps keys 24 h: expired ones are purged and free for a new request", async () => {
    const { org, secret } = await makeApiOrganization();
    await createList(secret, "old", { name: "Old" });
    await createList(secret, "fresh", { name: "Fresh" });
    const stored = await db.idempotencyKey.findUniqueOrThrow({
      where: { orgId_key: { orgId: org.id, key: "old" } },
    });
    const hours = (stored.expiresAt.getTime() - stored.createdAt.getTime()) / 3_600_000;
    expect(hours).toBeCloseTo(24, 3);

    // Expired, but not yet purged: a different request may take the key.
    await db.idempotencyKey.update({
      where: { orgId_key: { orgId: org.id, key: "old" } },
      data: { expiresAt: new Date(Date.now() - 1_000) },
    });
    expect((await createList(secret, "old", { name: "Newer" })).status).toBe(201);

    await db.idempotencyKey.update({
      where: { orgId_key: { orgId: org.id, key: "old" } },
      data: { expiresAt: new Date(Date.now() - 1_000) },
    });
    expect(await purgeExpiredIdempotencyKeys()).toBeGreaterThanOrEqual(1);
    const left = await db.idempotencyKey.findMany({ where: { orgId: org.id }, select: { key: true } });
    expect(left.map((row) => row.key)).toEqual(["fresh"]);
  });
});
