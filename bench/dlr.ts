import { createSmscSimulator } from "../worker/smsc-simulator/simulator";
import {
  BENCH_ACCOUNT,
  launchBenchCampaign,
  prepareBenchAudience,
  startWorkerProcess,
} from "./campaign-fixtures";

const MESSAGES = 100_000;
const FINAL = ["delivered", "undelivered", "expired", "rejected", "failed"];

/**
 * `dlr`: a 100,000-recipient campaign with receipts on (the simulator sends
 * each 0–2 s after the submit, so they arrive out of order, 95% DELIVRD,
 * 3% UNDELIV, 2% EXPIRED): how long until every message is final, whether
 * every receipt was matched, and the lag from the simulator sending a
 * receipt to its status being stored.
 */
export async function runDlrBench(options: { orgId: string }): Promise<Record<string, unknown>> {
  const simulator = createSmscSimulator({
    port: 0,
    accounts: [BENCH_ACCOUNT],
    receipts: { delayMs: { min: 0, max: 2000 }, outcomes: { DELIVRD: 0.95, UNDELIV: 0.03, EXPIRED: 0.02 } },
  });
  const { port } = await simulator.listen();
  const { db, getPool } = await import("@/lib/db");
  const { normalizeSmscMessageId } = await import("@/lib/smpp");
  const worker = await startWorkerProcess();
  try {
    const name = "Bench dlr";
    const audience = await prepareBenchAudience({
      orgId: options.orgId,
      name,
      port,
      messages: MESSAGES,
      tps: 1_000_000,
      window: 10,
      binds: 4,
    });
    await worker.ready;
    const { campaignId, started } = await launchBenchCampaign({ orgId: options.orgId, name, ...audience });

    let final = 0;
    while (final < MESSAGES) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      const row = await db.campaign.findUniqueOrThrow({ where: { id: campaignId } });
      final = row.deliveredCount + row.undeliveredCount + row.expiredCount + row.failedCount;
      if (performance.now() - started > 600_000)
        throw new Error(`Only ${final} of ${MESSAGES} final after 10 min`);
    }
    const secondsToAllFinal = (performance.now() - started) / 1000;

    // Lag: the simulator's send time of each receipt against the time its status was stored.
    const { rows } = await getPool().query<{ smsc: string; stored: Date; status: string }>(
      `SELECT "smscMessageId" AS smsc, "finalAt" AS stored, status::text FROM messages WHERE "campaignId" = $1`,
      [campaignId],
    );
    const storedAt = new Map(rows.map((row) => [row.smsc, row.stored.getTime()]));
    const lags: number[] = [];
    let receiptsMatched = 0;
    for (const receipt of simulator.receiptsSent()) {
      const stored = storedAt.get(normalizeSmscMessageId(receipt.messageId));
      if (stored === undefined) continue;
      receiptsMatched++;
      lags.push(Math.max(0, stored - receipt.sentAt));
    }
    lags.sort((a, b) => a - b);
    const unmatched = await getPool().query<{ count: string }>(
      `SELECT count(*)::text AS count FROM receipts WHERE "orgId" = $1 AND "matchedAt" IS NULL`,
      [options.orgId],
    );
    const notFinal = rows.filter((row) => !FINAL.includes(row.status)).length;
    return {
      messages: MESSAGES,
      secondsToAllFinal: Math.round(secondsToAllFinal * 100) / 100,
      receiptsSent: simulator.receiptsSent().length,
      receiptsMatched,
      receiptsUnmatched: Number(unmatched.rows[0]!.count),
      notFinal,
      p50ReceiptLagMs: lags[Math.floor(lags.length * 0.5)] ?? null,
      p99ReceiptLagMs: lags[Math.floor(lags.length * 0.99)] ?? null,
      peakWorkerRssMb: worker.peakRssMb(),
    };
  } finally {
    await worker.stop();
    await simulator.close();
  }
}
