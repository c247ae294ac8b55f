import { z } from "zod";

const ZOrgId = z.guid("Unknown organization.");
const ZRole = z.enum(["owner", "admin", "member"]);

export const ZApiKeyName = z
  .string()
  .trim()
  .min(1, "Name the key, e.g. after the system that will use it.")
  .max(100, "Keep the name under 100 characters.");

export const ZCreateApiKey = z.object({
  orgId: ZOrgId,
  role: ZRole,
  userId: z.guid(),
  name: ZApiKeyName,
});
export type CreateApiKeyInput = z.input<typeof ZCreateApiKey>;

export const ZListApiKeys = z.object({ orgId: ZOrgId });
export type ListApiKeysInput = z.input<typeof ZListApiKeys>;

export const ZRevokeApiKey = z.object({
  orgId: ZOrgId,
  role: ZRole,
  apiKeyId: z.guid("Unknown API key."),
});
export type RevokeApiKeyInput = z.input<typeof ZRevokeApiKey>;
