import type { Pool } from "pg";
import { matchPendingReceipts } from "./match-pending-receipts";
import { recordSubmitOutcomes, type RecordedCounts } from "./record-submit-outcomes";
import type { SubmitOutcome } from "./submit-outcome";

const FLUSH_ROWS = 250;
const FLUSH_MS = 100;

/**
 * Collects outcomes and stores them in batches (every FLUSH_ROWS rows or
 * FLUSH_MS), one statement each, in order. `close()` stores the rest and
 * answers the totals.
 */
export function createOutcomeFlusher(
  pool: Pool,
  campaignId: string,
  onFlushed: (counts: RecordedCounts) => void,
): { add(outcome: SubmitOutcome): void; close(): Promise<RecordedCounts> } {
  let pending: SubmitOutcome[] = [];
  let chain: Promise<void> = Promise.resolve();
  let failure: unknown = null;
  const totals: RecordedCounts = { submitted: 0, failed: 0, unknown: 0, requeued: 0 };
  const timer = setInterval(() => flush(), FLUSH_MS);

  function flush(): void {
    if (pending.length === 0) return;
    const rows = pending;
    pending = [];
    chain = chain.then(async () => {
      try {
        const counts = await recordSubmitOutcomes(pool, campaignId, rows);
        // Receipts that overtook these responses are waiting: match them now.
        await matchPendingReceipts(pool, { smscIds: counts.smscIds });
        totals.submitted += counts.submitted;
        totals.failed += counts.failed;
        totals.unknown += counts.unknown;
        totals.requeued += counts.requeued;
        onFlushed(counts);
      } catch (error) {
        failure ??= error;
      }
    });
  }

  return {
    add(outcome) {
      pending.push(outcome);
      if (pending.length >= FLUSH_ROWS) flush();
    },
    async close() {
      clearInterval(timer);
      flush();
      await chain;
      // Unstored outcomes leave their rows `sending`: the next run of the
      // batch marks them in doubt rather than sending them again.
      if (failure) throw failure;
      return totals;
    },
  };
}
