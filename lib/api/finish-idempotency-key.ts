import { db } from "@/lib/db";
import { parseOptions } from "@/lib/parse-options";
import { ZFinishIdempotencyKey, type FinishIdempotencyKeyInput } from "./idempotency-key.schema";

/**
 * Stores the answer of the request that holds the key, so retries replay it.
 * A 5xx is not stored: the key is released and the request can be retried,
 * since a failure on our side says nothing about what the client asked.
 */
export async function finishIdempotencyKey(input: FinishIdempotencyKeyInput): Promise<void> {
  const { orgId, key, fingerprint, status, body } = parseOptions(ZFinishIdempotencyKey, input);
  const held = { orgId, key, fingerprint, state: "running" as const };
  if (status >= 500) {
    await db.idempotencyKey.deleteMany({ where: held });
    return;
  }
  await db.idempotencyKey.updateMany({
    where: held,
    data: { state: "done", responseStatus: status, responseBody: body },
  });
}
