import { describe, expect, it } from "vitest";
import { authenticateApiKey, createApiKey, listApiKeys, revokeApiKey } from "@/lib/auth";
import { hashApiKey } from "@/lib/auth/api-key-secret";
import { db } from "@/lib/db";
import { ForbiddenError, NotFoundError, UnauthorizedError, ValidationError } from "@/lib/errors";
import { makeOrganization } from "./helpers/factories";

describe("API keys", () => {
  it("shows the key once and stores only its SHA-256 and a display prefix", async () => {
    const { org, user } = await makeOrganization();
    const { apiKey, secret } = await createApiKey({
      orgId: org.id,
      role: "owner",
      userId: user.id,
      name: " CRM ",
    });

    expect(secret).toMatch(/^sk_[0-9A-Za-z]{40}$/);
    expect(apiKey).toMatchObject({
      name: "CRM",
      prefix: secret.slice(0, 11),
      lastUsedAt: null,
      revokedAt: null,
    });
    const stored = await db.apiKey.findUniqueOrThrow({ where: { id: apiKey.id } });
    expect(stored.keyHash).toBe(hashApiKey(secret));
    expect(JSON.stringify(stored)).not.toContain(secret.slice(11));
    expect(await listApiKeys({ orgId: org.id })).toEqual([apiKey]);
  });

  it("lists an organization's keys newest first and none of another's", async () => {
    const { org, user } = await makeOrganization();
    const other = await makeOrganization();
    const first = await createApiKey({ orgId: org.id, role: "admin", userId: user.id, name: "First" });
    const second = await createApiKey({ orgId: org.id, role: "owner", userId: user.id, name: "Second" });
    await createApiKey({ orgId: other.org.id, role: "owner", userId: other.user.id, name: "Theirs" });

    const keys = await listApiKeys({ orgId: org.id });
    expect(keys.map((key) => key.id)).toEqual([second.apiKey.id, first.apiKey.id]);
    expect(keys[0]!.createdBy).toBe(user.name);
  });

  it("lets only owners and admins create and revoke keys, and wants a name", async () => {
    const { org, user } = await makeOrganization();
    await expect(createApiKey({ orgId: org.id, role: "member", userId: user.id, name: "x" })).rejects.toThrow(
      ForbiddenError,
    );
    const error = await createApiKey({ orgId: org.id, role: "owner", userId: user.id, name: "  " }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).field).toBe("name");
    const { apiKey } = await createApiKey({ orgId: org.id, role: "owner", userId: user.id, name: "k" });
    await expect(revokeApiKey({ orgId: org.id, role: "member", apiKeyId: apiKey.id })).rejects.toThrow(
      ForbiddenError,
    );
  });

  it("refuses a revoked key at once, and cannot revoke another organization's key", async () => {
    const { org, user } = await makeOrganization();
    const other = await makeOrganization();
    const { apiKey, secret } = await createApiKey({
      orgId: org.id,
      role: "owner",
      userId: user.id,
      name: "k",
    });
    expect(await authenticateApiKey(secret)).toEqual({ apiKeyId: apiKey.id, orgId: org.id });

    await expect(revokeApiKey({ orgId: other.org.id, role: "owner", apiKeyId: apiKey.id })).rejects.toThrow(
      NotFoundError,
    );
    await expect(authenticateApiKey(secret)).resolves.toMatchObject({ orgId: org.id });

    await revokeApiKey({ orgId: org.id, role: "owner", apiKeyId: apiKey.id });
    await revokeApiKey({ orgId: org.id, role: "owner", apiKeyId: apiKey.id });
    await expect(authenticateApiKey(secret)).rejects.toThrow("The API key was revoked.");
    const [listed] = await listApiKeys({ orgId: org.id });
    expect(listed!.revokedAt).toBeInstanceOf(Date);
  });

  it("tells missing, malformed and unknown keys apart", async () => {
    await expect(authenticateApiKey(null)).rejects.toThrow(/Authorization header/);
    await expect(authenticateApiKey("sk_short")).rejects.toThrow(/malformed/);
    await expect(authenticateApiKey(`sk_${"A".repeat(40)}`)).rejects.toThrow("The API key is not valid.");
    await expect(authenticateApiKey("")).rejects.toThrow(UnauthorizedError);
  });

  it("records the last use at most once a minute", async () => {
    const { org, user } = await makeOrganization();
    const { apiKey, secret } = await createApiKey({
      orgId: org.id,
      role: "owner",
      userId: user.id,
      name: "k",
    });
    const lastUsed = async () => (await db.apiKey.findUniqueOrThrow({ where: { id: apiKey.id } })).lastUsedAt;

    await authenticateApiKey(secret);
    const first = await lastUsed();
    expect(first).toBeInstanceOf(Date);
    expect(Math.abs(first!.getTime() - Date.now())).toBeLessThan(5_000);

    await authenticateApiKey(secret);
    expect(await lastUsed()).toEqual(first);

    const twoMinutesAgo = new Date(Date.now() - 120_000);
    await db.apiKey.update({ where: { id: apiKey.id }, data: { lastUsedAt: twoMinutesAgo } });
    await authenticateApiKey(secret);
    expect((await lastUsed())!.getTime()).toBeGreaterThan(twoMinutesAgo.getTime() + 60_000);
  });
});
