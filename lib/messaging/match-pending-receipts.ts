import type { Pool } from "pg";
import { messageStatusOfReceipt, receiptIdCandidates, type ReceiptStat } from "@/lib/smpp";
import { applyReceipts, type IncomingReceipt, type SettledMessage } from "./apply-receipts";

const BATCH = 1000;
/** A receipt unmatched for this many tries stays for inspection only. */
const MAX_ATTEMPTS = 500;

/**
 * Retries receipts kept because they matched nothing: all of them (the
 * periodic job), or those naming ids just stored (after a batch of
 * submit_sm_resp, so a receipt that overtook its response is matched at once).
 */
export async function matchPendingReceipts(
  pool: Pool,
  options: { smscIds?: readonly string[] } = {},
): Promise<{ matched: number; settled: SettledMessage[] }> {
  const ids = options.smscIds ? [...new Set(options.smscIds.flatMap((id) => receiptIdCandidates(id)))] : null;
  if (ids && ids.length === 0) return { matched: 0, settled: [] };
  const { rows } = await pool.query<{
    id: string;
    orgId: string;
    connectorId: string | null;
    smscMessageId: string;
    stat: string;
    errorCode: number | null;
    raw: string;
  }>(
    `SELECT id::text, "orgId", "connectorId", "smscMessageId", stat, "errorCode", raw
     FROM receipts
     WHERE "matchedAt" IS NULL AND problem IS NULL AND attempts < $2
       AND ($1::text[] IS NULL OR "smscMessageId" = ANY($1::text[]))
     ORDER BY id LIMIT $3`,
    [ids, MAX_ATTEMPTS, BATCH],
  );
  if (rows.length === 0) return { matched: 0, settled: [] };
  const receipts: IncomingReceipt[] = rows.map((row) => ({
    orgId: row.orgId,
    connectorId: row.connectorId,
    smscMessageId: row.smscMessageId,
    idCandidates: receiptIdCandidates(row.smscMessageId),
    stat: row.stat,
    status: messageStatusOfReceipt(row.stat as ReceiptStat),
    errorCode: row.errorCode,
    raw: row.raw,
  }));
  const applied = await applyReceipts(receipts);
  const unmatched = new Set(applied.unmatched);
  const matchedIds = rows.filter((_, i) => !unmatched.has(i)).map((row) => row.id);
  const unmatchedIds = rows.filter((_, i) => unmatched.has(i)).map((row) => row.id);
  await pool.query(
    `UPDATE receipts SET "matchedAt" = CASE WHEN id = ANY($1::bigint[]) THEN now() END,
                         attempts = attempts + 1
     WHERE id = ANY($1::bigint[]) OR id = ANY($2::bigint[])`,
    [matchedIds, unmatchedIds],
  );
  return { matched: matchedIds.length, settled: applied.settled };
}

/** Receipts matched later than their arrival are kept a day for inspection, then deleted. */
export async function forgetMatchedReceipts(pool: Pool): Promise<number> {
  const { rowCount } = await pool.query(`DELETE FROM receipts WHERE "matchedAt" < now() - interval '1 day'`);
  return rowCount ?? 0;
}
