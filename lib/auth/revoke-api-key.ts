import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { parseOptions } from "@/lib/parse-options";
import { assertCanManageApiKeys } from "./api-key-role";
import { ZRevokeApiKey, type RevokeApiKeyInput } from "./api-key.schema";

/**
 * Revokes one of the organization's keys at once: the next request with it
 * answers 401. Revoking a revoked key changes nothing; a key of another
 * organization is NotFoundError.
 */
export async function revokeApiKey(input: RevokeApiKeyInput): Promise<void> {
  assertCanManageApiKeys(input.role);
  const { orgId, apiKeyId } = parseOptions(ZRevokeApiKey, input);
  const revoked = await db.apiKey.updateMany({
    where: { id: apiKeyId, orgId, revokedAt: null },
    data: { revokedAt: new Date() },
  });
  if (revoked.count > 0) return;
  const exists = await db.apiKey.count({ where: { id: apiKeyId, orgId } });
  if (exists === 0) throw new NotFoundError("API key");
}
