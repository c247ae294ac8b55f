import { spawn } from "node:child_process";
import { buildNodeBundle } from "../scripts/stack/worker-bundle";
import { createSmscSimulator, type SmscSimulator } from "../worker/smsc-simulator/simulator";
import {
  BENCH_ACCOUNT as ACCOUNT,
  launchBenchCampaign,
  prepareBenchAudience,
  startWorkerProcess,
  waitForCompletion,
} from "./campaign-fixtures";

const WINDOW = 10;
/** Binds of the connector (and sessions of the bare client), each with WINDOW outstanding. */
const BINDS = 4;

/**
 * `send`: a 100,000-recipient campaign, unthrottled, through the whole
 * pipeline (snapshot, queue, render, window, SMPP) against the simulator on
 * loopback, next to a bare smpp-package client with the same window (run
 * before and after the pipeline; the better rate counts).
 * `throttle`: 3,000 messages at 100 TPS, and what the simulator saw each second.
 */
export async function runSendBench(options: {
  orgId: string;
  scenario: "send" | "throttle";
}): Promise<Record<string, unknown>> {
  const throttle = options.scenario === "throttle";
  const messages = throttle ? 3_000 : 100_000;
  const tps = throttle ? 100 : 1_000_000;

  const simulator = createSmscSimulator({ port: 0, accounts: [ACCOUNT] });
  const { port } = await simulator.listen();
  try {
    // The bare client runs before and after the pipeline and the better rate counts: one run
    // alone swung from 14k to 23k/s with what the machine was doing, and a low one flatters the ratio.
    const rawBefore = throttle ? undefined : await rawClientRate(port, messages, BINDS);
    simulator.resetCounts();

    const { db } = await import("@/lib/db");
    const name = `Bench ${options.scenario}`;
    const { connectorId, listId } = await prepareBenchAudience({
      orgId: options.orgId,
      name,
      port,
      messages,
      tps,
      window: WINDOW,
      binds: throttle ? 1 : BINDS,
    });

    const worker = await startWorkerProcess();
    try {
      await worker.ready;
      const { campaignId, started } = await launchBenchCampaign({
        orgId: options.orgId,
        name,
        listId,
        connectorId,
      });
      const row = await waitForCompletion(db, campaignId);
      const seconds = (performance.now() - started) / 1000;
      const peakWorkerRssMb = worker.peakRssMb();

      const counts = simulator.messagesByDestination();
      const exactlyOnce = counts.size === messages && [...counts.values()].every((count) => count === 1);
      if (!exactlyOnce || row.sentCount !== messages) {
        throw new Error(`Counts are off: ${counts.size} destinations, sent ${row.sentCount} of ${messages}`);
      }
      if (throttle) return { messages, tps, seconds: round(seconds), ...perSecond(simulator), exactlyOnce };
      await worker.stop();
      const rawAfter = await rawClientRate(port, messages, BINDS);
      const rawSmppPerSecond = Math.max(rawBefore!, rawAfter);
      return {
        messages,
        seconds: round(seconds),
        messagesPerSecond: Math.round(messages / seconds),
        peakWorkerRssMb,
        rawSmppPerSecond,
        rawSmppRuns: [rawBefore, rawAfter],
        ratioToRaw: round(messages / seconds / rawSmppPerSecond),
        window: WINDOW,
        binds: BINDS,
        exactlyOnce,
      };
    } finally {
      await worker.stop();
    }
  } finally {
    await simulator.close();
  }
}

let rawClientBundle: Promise<string> | undefined;

/**
 * Bare smpp-package clients (bench/raw-smpp-client.ts), as many sessions as
 * the connector has binds, each keeping WINDOW submit_sm outstanding until
 * `count` are answered, in their own process as the worker is: in the
 * simulator's process they shared its core and event loop and reached
 * 42-45k/s where their own process reaches 56-69k/s, which made the
 * pipeline look a third faster against them than it is.
 */
async function rawClientRate(port: number, count: number, sessions: number): Promise<number> {
  // Built once per bench run; the client runs before and after the pipeline.
  rawClientBundle ??= buildNodeBundle("bench/raw-smpp-client.ts", ".build/bench/raw-smpp-client.mjs");
  const entry = await rawClientBundle;
  const args = [entry, port, count, sessions, WINDOW, ACCOUNT.systemId, ACCOUNT.password].map(String);
  const child = spawn(process.execPath, args, { stdio: ["ignore", "pipe", "inherit"] });
  let output = "";
  child.stdout!.on("data", (chunk: Buffer) => (output += chunk.toString("utf8")));
  const code = await new Promise<number | null>((resolve) => child.on("exit", resolve));
  if (code !== 0) throw new Error(`the bare SMPP client exited with ${code}`);
  return (JSON.parse(output) as { perSecond: number }).perSecond;
}

/** The simulator's accepted submits per wall-clock second, the partial first and last seconds left out. */
function perSecond(simulator: SmscSimulator) {
  const seconds = simulator.acceptedPerSecond().sort((a, b) => a.second - b.second);
  const full = seconds.slice(1, -1).map((entry) => entry.count);
  const all = seconds.map((entry) => entry.count);
  return {
    maxPerSecond: Math.max(...all),
    minPerSecond: Math.min(...full),
    meanPerSecond: round(full.reduce((sum, count) => sum + count, 0) / full.length),
    perSecond: all,
  };
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
