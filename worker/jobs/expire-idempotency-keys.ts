import { purgeExpiredIdempotencyKeys } from "@/lib/api";
import type { JobHandler } from "./registry";

/** Scheduled every 10 minutes (worker/start-worker.ts): Idempotency-Keys past their 24 h are deleted. */
export const expireIdempotencyKeysJob: JobHandler<"expire-idempotency-keys"> = async (
  _payload,
  { logger },
) => {
  const purged = await purgeExpiredIdempotencyKeys();
  if (purged > 0) logger.info({ purged }, "purged expired idempotency keys");
  return { purged };
};
