import { db } from "@/lib/db";
import { parseOptions } from "@/lib/parse-options";
import { apiKeyDisplayPrefix, generateApiKeySecret, hashApiKey } from "./api-key-secret";
import { assertCanManageApiKeys } from "./api-key-role";
import { ZCreateApiKey, type CreateApiKeyInput } from "./api-key.schema";
import { API_KEY_COLUMNS, toApiKeyView, type ApiKeyView } from "./api-key-view";

/**
 * Creates an API key for the organization (owners and admins only) and
 * returns its secret this once: only its SHA-256 and a display prefix are stored.
 */
export async function createApiKey(
  input: CreateApiKeyInput,
): Promise<{ apiKey: ApiKeyView; secret: string }> {
  assertCanManageApiKeys(input.role);
  const { orgId, userId, name } = parseOptions(ZCreateApiKey, input);
  const secret = generateApiKeySecret();
  const record = await db.apiKey.create({
    data: {
      orgId,
      name,
      createdById: userId,
      prefix: apiKeyDisplayPrefix(secret),
      keyHash: hashApiKey(secret),
    },
    select: API_KEY_COLUMNS,
  });
  return { apiKey: toApiKeyView(record), secret };
}
