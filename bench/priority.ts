import { createSmscSimulator } from "../worker/smsc-simulator/simulator";
import {
  BENCH_ACCOUNT,
  launchBenchCampaign,
  prepareBenchAudience,
  startWorkerProcess,
} from "./campaign-fixtures";
import { startProductionWeb } from "./web-app";

const RECIPIENTS = 50_000;
const TPS = 200;
const OTPS = 100;
/** The OTPs are spread over this long while the campaign sends. */
const SPREAD_MS = 20_000;
/** Campaign seconds at its limit before the first OTP: the connector is saturated. */
const SATURATED_SECONDS = 3;
/**
 * Messages sent before the campaign, not measured: the first requests of a
 * fresh `next start` and a fresh worker load code and open connections
 * (over a second each on a busy machine), which is start-up, not the lane.
 */
const WARM_UP = 5;

/**
 * `priority`: a 50,000-recipient campaign saturating one 200 TPS connector,
 * and 100 one-time codes sent through POST /api/v1/messages during it. Each
 * code's submit time is from its creation (messages.createdAt) to the
 * simulator accepting it. The campaign is cancelled once every code is in
 * (it would take another ~250 s); the simulator's busiest second shows the
 * limit held with both kinds of traffic.
 */
export async function runPriorityBench(options: {
  orgId: string;
  userId: string;
}): Promise<Record<string, unknown>> {
  const stops: Array<{ name: string; stop: () => Promise<void> }> = [];
  try {
    const simulator = createSmscSimulator({
      port: 0,
      accounts: [BENCH_ACCOUNT],
      // Every accepted submit is kept with its time, so the codes' accept times can be read.
      maxRecordedSubmits: RECIPIENTS + OTPS + WARM_UP,
    });
    const { port } = await simulator.listen();
    stops.push({ name: "simulator", stop: () => simulator.close() });
    const name = "Bench priority";
    const { connectorId, listId } = await prepareBenchAudience({
      orgId: options.orgId,
      name,
      port,
      messages: RECIPIENTS,
      tps: TPS,
      window: 10,
    });
    const { createApiKey } = await import("@/lib/auth");
    const { secret } = await createApiKey({
      orgId: options.orgId,
      userId: options.userId,
      role: "owner",
      name: "Bench",
    });
    const web = await startProductionWeb();
    stops.push({ name: "web", stop: web.stop });
    const worker = await startWorkerProcess();
    worker.ready.catch(() => undefined);
    stops.push({ name: "worker", stop: worker.stop });
    await worker.ready;

    /** Sends one code through the API and answers its creation time (messages.createdAt). */
    const sendCode = async (to: string, key: string, text: string): Promise<number> => {
      const response = await fetch(`${web.url}/api/v1/messages`, {
        method: "POST",
        headers: {
          authorization: `Bearer ${secret}`,
          "content-type": "application/json",
          "idempotency-key": key,
        },
        body: JSON.stringify({ to: `+${to}`, from: "Relay", text }),
      });
      const answer = (await response.json()) as { createdAt?: string };
      if (response.status !== 202) throw new Error(`${key}: ${response.status} ${JSON.stringify(answer)}`);
      return new Date(answer.createdAt!).getTime();
    };
    for (let i = 0; i < WARM_UP; i++) await sendCode(`4916${10_000_000 + i}`, `warm-up-${i}`, "Warm-up");
    await waitUntil(
      () => simulator.stats.submitted >= WARM_UP,
      30_000,
      "the warm-up messages did not reach the SMSC",
    );

    const { db } = await import("@/lib/db");
    const { cancelCampaign } = await import("@/lib/campaigns");
    const { campaignId } = await launchBenchCampaign({ orgId: options.orgId, name, listId, connectorId });
    for (;;) {
      const row = await db.campaign.findUniqueOrThrow({ where: { id: campaignId } });
      if (row.sentCount >= SATURATED_SECONDS * TPS) break;
      if (row.status !== "running")
        throw new Error(`The campaign is ${row.status} before the codes were sent`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const sentBefore = simulator.stats.submitted;

    const otps: Array<{ to: string; createdAt: number }> = [];
    const requests: Promise<void>[] = [];
    for (let i = 0; i < OTPS; i++) {
      const to = `4917${10_000_000 + i}`;
      requests.push(
        sendCode(to, `otp-${i}`, `Your code is ${100000 + i}`).then((createdAt) => {
          otps.push({ to, createdAt });
        }),
      );
      await new Promise((resolve) => setTimeout(resolve, SPREAD_MS / OTPS));
    }
    await Promise.all(requests);

    const acceptedAt = new Map<string, number>();
    await waitUntil(
      () => {
        for (const submit of simulator.submits) {
          if (submit.destinationAddr.startsWith("4917"))
            acceptedAt.set(submit.destinationAddr, submit.receivedAt.getTime());
        }
        return acceptedAt.size === OTPS;
      },
      30_000,
      "not every code reached the SMSC",
    );
    const campaignSentDuring = simulator.stats.submitted - sentBefore - OTPS;
    const row = await db.campaign.findUniqueOrThrow({ where: { id: campaignId } });
    const stillSending = row.status === "running";
    if (stillSending) await cancelCampaign({ orgId: options.orgId, campaignId });

    const submitMs = otps.map((otp) => acceptedAt.get(otp.to)! - otp.createdAt).sort((a, b) => a - b);
    const at = (p: number) => Math.round(submitMs[Math.ceil(p * submitMs.length) - 1]!);
    const perSecond = simulator.acceptedPerSecond().map((second) => second.count);
    return {
      recipients: RECIPIENTS,
      tps: TPS,
      otps: OTPS,
      warmUpMessagesBeforeTheCampaign: WARM_UP,
      otpP50SubmitMs: at(0.5),
      otpP99SubmitMs: at(0.99),
      otpMaxSubmitMs: at(1),
      campaignSentDuring,
      campaignStillSendingAtLastOtp: stillSending,
      campaign: stillSending ? "cancelled after the last code was accepted" : row.status,
      maxPerSecond: Math.max(...perSecond),
      throttled: simulator.stats.throttled,
    };
  } finally {
    for (const { name, stop } of stops.reverse()) {
      await stop().catch((error: unknown) => console.error(`Could not stop the ${name}:`, error));
    }
  }
}

async function waitUntil(done: () => boolean, timeoutMs: number, failure: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!done()) {
    if (Date.now() > deadline) throw new Error(`After ${timeoutMs / 1000} s, ${failure}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
