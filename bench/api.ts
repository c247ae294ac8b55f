import { createSmscSimulator } from "../worker/smsc-simulator/simulator";
import { BENCH_ACCOUNT, prepareBenchAudience, startWorkerProcess } from "./campaign-fixtures";
import { startProductionWeb } from "./web-app";

const MESSAGES = 20_000;
const CLIENTS = 32;
const WINDOW = 10;
const BINDS = 4;
const SUBMIT_DEADLINE_MS = 10 * 60_000;

/**
 * `api`: 20,000 single messages through POST /api/v1/messages of the
 * production web app, 32 clients at once, each request sent twice with the
 * same Idempotency-Key (the second a client's retry), then the worker sends
 * them all to the simulator. duplicatesSent counts destinations the
 * simulator got more than once (must be 0), missing those it never got.
 */
export async function runApiBench(options: {
  orgId: string;
  userId: string;
}): Promise<Record<string, unknown>> {
  const stops: Array<{ name: string; stop: () => Promise<void> }> = [];
  const benchStarted = performance.now();
  try {
    const simulator = createSmscSimulator({ port: 0, accounts: [BENCH_ACCOUNT] });
    const { port } = await simulator.listen();
    stops.push({ name: "simulator", stop: () => simulator.close() });
    // A connector without a throughput limit worth the name: the bench measures the API, not the carrier.
    await prepareBenchAudience({
      orgId: options.orgId,
      name: "Bench api",
      port,
      messages: 0,
      tps: 1_000_000,
      window: WINDOW,
      binds: BINDS,
    });
    const { createApiKey } = await import("@/lib/auth");
    const { secret } = await createApiKey({
      orgId: options.orgId,
      userId: options.userId,
      role: "owner",
      name: "Bench",
    });

    const web = await startProductionWeb({
      // One key sends everything here; the per-key limit is for customers, not for the bench.
      API_RATE_LIMIT_PER_SECOND: "1000000",
      API_RATE_LIMIT_BURST: "1000000",
    });
    stops.push({ name: "web", stop: web.stop });
    const worker = await startWorkerProcess();
    worker.ready.catch(() => undefined);
    stops.push({ name: "worker", stop: worker.stop });
    await worker.ready;

    const latencies: number[] = [];
    const statuses = new Map<number, number>();
    let replayed = 0;
    let mismatched = 0;
    let next = 0;
    const sendOnce = async (index: number) => {
      const body = JSON.stringify({
        to: `+49152${String(index).padStart(8, "0")}`,
        from: "Relay",
        text: `Your code is ${String(index).padStart(6, "0")}`,
        clientReference: `bench-${index}`,
      });
      const headers = {
        authorization: `Bearer ${secret}`,
        "content-type": "application/json",
        "idempotency-key": `bench-${index}`,
      };
      const ids: string[] = [];
      // The client's first try and its retry with the same key.
      for (let attempt = 0; attempt < 2; attempt++) {
        const started = performance.now();
        const response = await fetch(`${web.url}/api/v1/messages`, { method: "POST", headers, body });
        const answer = (await response.json()) as { id?: string };
        latencies.push(performance.now() - started);
        statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
        if (response.headers.get("idempotent-replayed") === "true") replayed++;
        ids.push(answer.id ?? "");
      }
      if (ids[0] !== ids[1] || !ids[0]) mismatched++;
    };
    const sendingStarted = performance.now();
    await Promise.all(
      Array.from({ length: CLIENTS }, async () => {
        for (let index = next++; index < MESSAGES; index = next++) await sendOnce(index + 1);
      }),
    );
    const sendingSeconds = (performance.now() - sendingStarted) / 1000;

    const { getPool } = await import("@/lib/db");
    const pending = async () => {
      const { rows } = await getPool().query<{ pending: number }>(
        `SELECT count(*)::int AS pending FROM messages WHERE "orgId" = $1 AND status IN ('queued', 'sending')`,
        [options.orgId],
      );
      return rows[0]!.pending;
    };
    const deadline = Date.now() + SUBMIT_DEADLINE_MS;
    while ((await pending()) > 0) {
      if (Date.now() > deadline)
        throw new Error(`Messages still pending after ${SUBMIT_DEADLINE_MS / 1000} s`);
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    const secondsToAllSent = (performance.now() - sendingStarted) / 1000;
    const { rows } = await getPool().query<{ status: string; count: number }>(
      `SELECT status::text, count(*)::int AS count FROM messages WHERE "orgId" = $1 GROUP BY status`,
      [options.orgId],
    );

    const counts = simulator.messagesByDestination();
    const duplicatesSent = [...counts.values()].filter((count) => count > 1).length;
    const sorted = latencies.toSorted((a, b) => a - b);
    const at = (p: number) => round(sorted[Math.ceil(p * sorted.length) - 1]!);
    return {
      messages: MESSAGES,
      clients: CLIENTS,
      requests: latencies.length,
      requestsPerSecond: Math.round(latencies.length / sendingSeconds),
      p50Ms: at(0.5),
      p99Ms: at(0.99),
      maxMs: at(1),
      statuses: Object.fromEntries(statuses),
      replayed,
      retryAnsweredAnotherMessage: mismatched,
      duplicatesSent,
      missing: MESSAGES - counts.size,
      messageStatuses: Object.fromEntries(rows.map((row) => [row.status, row.count])),
      secondsToAllSent: round(secondsToAllSent),
      webBuild: web.build.built ? "built" : "reused",
      benchSeconds: round((performance.now() - benchStarted) / 1000),
    };
  } finally {
    for (const { name, stop } of stops.reverse()) {
      await stop().catch((error: unknown) => console.error(`Could not stop the ${name}:`, error));
    }
  }
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}
