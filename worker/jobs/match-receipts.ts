import { getPool } from "@/lib/db";
import { matchPendingReceipts } from "@/lib/messaging";
import type { JobHandler } from "./registry";

/** Retries the receipts kept because they matched no message when they arrived. */
export const matchReceiptsJob: JobHandler<"match-receipts"> = async () => matchPendingReceipts(getPool());
