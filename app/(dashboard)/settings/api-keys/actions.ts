"use server";

import { revalidatePath } from "next/cache";
import type { ApiKeyActionResult, CreatedApiKey } from "@/components/settings/api-keys/api-key-action-result";
import { createApiKey, revokeApiKey } from "@/lib/auth";
import { requireSession } from "@/lib/auth/server";
import { AppError, NotFoundError, ValidationError } from "@/lib/errors";
import { logger } from "@/lib/logger";

/** Creates a key and hands its secret to the browser this once; only its hash is kept. */
export async function createApiKeyAction(name: string): Promise<ApiKeyActionResult<CreatedApiKey>> {
  const { orgId, role, userId } = await requireSession();
  try {
    const { apiKey, secret } = await createApiKey({ orgId, role, userId, name });
    revalidatePath("/settings/api-keys");
    return { ok: true, value: { name: apiKey.name, secret } };
  } catch (error) {
    return failure(error, "create API key");
  }
}

export async function revokeApiKeyAction(apiKeyId: string): Promise<ApiKeyActionResult<null>> {
  const { orgId, role } = await requireSession();
  try {
    await revokeApiKey({ orgId, role, apiKeyId });
    revalidatePath("/settings/api-keys");
    return { ok: true, value: null };
  } catch (error) {
    return failure(error, "revoke API key");
  }
}

/** Domain errors → form messages, in one place for both actions. */
function failure(error: unknown, action: string): ApiKeyActionResult<never> {
  if (error instanceof ValidationError && error.field === "name") {
    return { ok: false, message: null, fieldErrors: { name: error.message } };
  }
  if (error instanceof NotFoundError) {
    return { ok: false, message: "This key no longer exists. Reload the page.", fieldErrors: {} };
  }
  if (error instanceof AppError) return { ok: false, message: error.message, fieldErrors: {} };
  logger.error({ err: error, action }, "API key action failed");
  return { ok: false, message: "Something went wrong on our side. Please try again.", fieldErrors: {} };
}
