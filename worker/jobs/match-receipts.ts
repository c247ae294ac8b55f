import { getPool } from "@/lib/db";
import { forgetMatchedReceipts, matchPendingReceipts } from "@/lib/messaging";
import type { JobHandler } from "./registry";

/**
 * Retries the receipts kept because they matched no message when they
 * arrived, and forgets those matched long ago (the message holds the status).
 */
export const matchReceiptsJob: JobHandler<"match-receipts"> = async () => {
  const pool = getPool();
  const result = await matchPendingReceipts(pool);
  const forgotten = await forgetMatchedReceipts(pool);
  return { matched: result.matched, forgotten };
};
