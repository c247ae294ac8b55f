import { db } from "@/lib/db";
import { parseOptions } from "@/lib/parse-options";
import { IdempotencyKeyInUseError, IdempotencyKeyReusedError } from "./api-errors";
import {
  IDEMPOTENCY_LOCK_SECONDS,
  IDEMPOTENCY_RETENTION_HOURS,
  ZClaimIdempotencyKey,
  type ClaimIdempotencyKeyInput,
} from "./idempotency-key.schema";

export type IdempotencyClaim = { kind: "claimed" } | { kind: "replay"; status: number; body: string };

/**
 * Takes an Idempotency-Key for a request, or answers what the key already
 * holds: the stored answer of the same request (replay), 422 for a
 * different request, 409 while the first is still running. The insert and
 * the takeover of an expired (or abandoned) key are one statement, so two
 * concurrent requests never both run.
 */
export async function claimIdempotencyKey(input: ClaimIdempotencyKeyInput): Promise<IdempotencyClaim> {
  const { orgId, key, fingerprint } = parseOptions(ZClaimIdempotencyKey, input);
  // A key released between the insert and the read (its request failed with a 5xx) is free again: try once more.
  for (let attempt = 0; attempt < 2; attempt++) {
    const claimed = await db.$queryRaw<unknown[]>`
      INSERT INTO idempotency_keys ("orgId", key, fingerprint, "expiresAt")
      VALUES (${orgId}::uuid, ${key}, ${fingerprint},
              now() + make_interval(hours => ${IDEMPOTENCY_RETENTION_HOURS}::int))
      ON CONFLICT ("orgId", key) DO UPDATE SET
        fingerprint = EXCLUDED.fingerprint, state = 'running', "responseStatus" = NULL,
        "responseBody" = NULL, "createdAt" = now(), "expiresAt" = EXCLUDED."expiresAt"
      WHERE idempotency_keys."expiresAt" <= now()
         OR (idempotency_keys.state = 'running' AND idempotency_keys.fingerprint = EXCLUDED.fingerprint
             AND idempotency_keys."createdAt" < now() - make_interval(secs => ${IDEMPOTENCY_LOCK_SECONDS}::int))
      RETURNING 1`;
    if (claimed.length > 0) return { kind: "claimed" };
    const held = await db.idempotencyKey.findUnique({
      where: { orgId_key: { orgId, key } },
      select: { fingerprint: true, state: true, responseStatus: true, responseBody: true },
    });
    if (!held) continue;
    if (held.fingerprint !== fingerprint) throw new IdempotencyKeyReusedError();
    if (held.state === "running") throw new IdempotencyKeyInUseError();
    return { kind: "replay", status: held.responseStatus!, body: held.responseBody ?? "" };
  }
  throw new IdempotencyKeyInUseError();
}
