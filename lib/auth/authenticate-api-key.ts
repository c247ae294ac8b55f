import { db } from "@/lib/db";
import { UnauthorizedError } from "@/lib/errors";
import { API_KEY_PATTERN, hashApiKey } from "./api-key-secret";

export type ApiKeyPrincipal = { apiKeyId: string; orgId: string };

/** lastUsedAt is a hint for people, so it is written at most once a minute per key, not on every request. */
const LAST_USED_PRECISION_MS = 60_000;

/**
 * The organization an API key acts for. Missing, malformed, unknown and
 * revoked keys are each an UnauthorizedError with its own message.
 */
export async function authenticateApiKey(key: string | null | undefined): Promise<ApiKeyPrincipal> {
  if (!key) {
    throw new UnauthorizedError("Send your API key in the Authorization header: Bearer sk_…");
  }
  if (!API_KEY_PATTERN.test(key)) {
    throw new UnauthorizedError("The API key is malformed: keys are sk_ followed by 40 letters and digits.");
  }
  const record = await db.apiKey.findUnique({
    where: { keyHash: hashApiKey(key) },
    select: { id: true, orgId: true, revokedAt: true, lastUsedAt: true },
  });
  if (!record) throw new UnauthorizedError("The API key is not valid.");
  if (record.revokedAt) throw new UnauthorizedError("The API key was revoked.");
  const now = Date.now();
  if (!record.lastUsedAt || now - record.lastUsedAt.getTime() >= LAST_USED_PRECISION_MS) {
    // Conditional, so concurrent requests of one key write once.
    await db.apiKey.updateMany({
      where: {
        id: record.id,
        OR: [{ lastUsedAt: null }, { lastUsedAt: { lt: new Date(now - LAST_USED_PRECISION_MS) } }],
      },
      data: { lastUsedAt: new Date(now) },
    });
  }
  return { apiKeyId: record.id, orgId: record.orgId };
}
