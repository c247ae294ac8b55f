import { randomBytes } from "node:crypto";
import { chromium, type Browser, type Page } from "@playwright/test";
import { findFreePort } from "../scripts/services/free-port";
import { createSmscSimulator } from "../worker/smsc-simulator/simulator";
import { BENCH_ACCOUNT, BENCH_BODY, prepareBenchAudience, startWorkerProcess } from "./campaign-fixtures";
import { buildWebApp, startWeb } from "./web-app";

const MESSAGES = 200;
/** Low on purpose: 200 messages take ~10 s, so receipts keep trickling in, a few at a time. */
const TPS = 20;
const RECEIPT_DELAY_MS = { min: 200, max: 3000 };
const POLL_MS = 25;
/** How long the page may take to show the last deliveries once all are stored, before giving up. */
const SETTLE_MS = 10_000;
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const DELIVERED = 'dd[aria-labelledby="campaign-counter-delivered"]';

/**
 * Runs in the page (as a string: tsx would wrap a function in helpers the
 * browser lacks). Every DOM change is checked; a new delivered text is sent
 * to the bench with the page's own wall-clock time of the change.
 */
const OBSERVE_DELIVERED = `(() => {
  let last = null;
  const check = () => {
    const text = document.querySelector('${DELIVERED}')?.textContent ?? null;
    if (text === null || text === last) return;
    last = text;
    window.benchDeliveredShown(text, performance.timeOrigin + performance.now());
  };
  new MutationObserver(check).observe(document, { childList: true, subtree: true, characterData: true });
})();`;

type Shown = { value: number; at: number };

/**
 * `live`: a campaign's detail page in headless Chromium while receipts come
 * in. For each change of the page's delivered counter to v, the latency is
 * the page's time of the change minus the time the v-th delivery was stored
 * (the v-th smallest messages.finalAt, set by the receipt's transaction).
 * Also per delivery: from its own storing to the first counter value that
 * includes it, which adds the wait for the next progress event.
 */
export async function runLiveBench(options: {
  orgId: string;
  owner: { email: string; password: string };
}): Promise<Record<string, unknown>> {
  const stops: Array<{ name: string; stop: () => Promise<void> }> = [];
  const benchStarted = performance.now();
  try {
    const simulator = createSmscSimulator({
      port: 0,
      accounts: [BENCH_ACCOUNT],
      receipts: { delayMs: RECEIPT_DELAY_MS },
    });
    const { port: smscPort } = await simulator.listen();
    stops.push({ name: "simulator", stop: () => simulator.close() });

    const webPort = await findFreePort(3200);
    const url = `http://127.0.0.1:${webPort}`;
    const webEnv: NodeJS.ProcessEnv = {
      ...process.env,
      NODE_ENV: "production",
      NEXTAUTH_SECRET: randomBytes(32).toString("base64url"),
      NEXTAUTH_URL: url,
      APP_URL: url,
      PORT: String(webPort),
      SERVICE_NAME: "web",
    };
    const build = await buildWebApp(webEnv);
    const web = await startWeb(webEnv, webPort, url);
    stops.push({ name: "web", stop: web.stop });

    const worker = await startWorkerProcess();
    // Awaited below; a worker that dies during set-up must fail the run, not crash it unhandled.
    worker.ready.catch(() => undefined);
    stops.push({ name: "worker", stop: worker.stop });
    const name = "Bench live";
    const audience = await prepareBenchAudience({
      orgId: options.orgId,
      name,
      port: smscPort,
      messages: MESSAGES,
      tps: TPS,
      window: 10,
    });
    await worker.ready;
    const { createCampaign, sendCampaignNow } = await import("@/lib/campaigns");
    const campaign = await createCampaign({
      orgId: options.orgId,
      name,
      senderId: "Relay",
      listIds: [audience.listId],
      body: BENCH_BODY,
      connectorId: audience.connectorId,
    });

    const browser = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
      ],
    });
    stops.push({ name: "browser", stop: () => browser.close() });
    const shown: Shown[] = [];
    const page = await openCampaignPage(browser, url, campaign.id, options.owner, shown);
    const offsetAtStart = await pageClockOffsetMs(page);

    const { getPool } = await import("@/lib/db");
    const poller = pollDeliveredCount(getPool(), campaign.id);
    const sentAt = Date.now();
    await sendCampaignNow({ orgId: options.orgId, campaignId: campaign.id });

    // Until every message is final in the database and the page shows all deliveries (or gives up).
    let storedAll: number | null = null;
    for (;;) {
      const { rows } = await getPool().query<{ final: number; delivered: number }>(
        `SELECT count(*) FILTER (WHERE "finalAt" IS NOT NULL)::int AS final,
                count(*) FILTER (WHERE status = 'delivered')::int AS delivered
         FROM messages WHERE "campaignId" = $1`,
        [campaign.id],
      );
      const { final, delivered } = rows[0]!;
      if (final === MESSAGES) storedAll ??= Date.now();
      const pageValue = Math.max(0, ...shown.map((entry) => entry.value));
      if (storedAll !== null && pageValue >= delivered) break;
      if (storedAll !== null && Date.now() - storedAll > SETTLE_MS) break;
      if (Date.now() - sentAt > 120_000) throw new Error(`Only ${final} of ${MESSAGES} final after 2 min`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const polls = await poller.stop();
    const offsetAtEnd = await pageClockOffsetMs(page);

    // storedAt[k - 1]: when the k-th delivery was stored (database clock, same machine).
    const { rows } = await getPool().query<{ at: number }>(
      `SELECT (extract(epoch FROM "finalAt") * 1000)::float8 AS at FROM messages
       WHERE "campaignId" = $1 AND status = 'delivered' ORDER BY "finalAt"`,
      [campaign.id],
    );
    const storedAt = rows.map((row) => row.at);
    const figures = measure(shown, storedAt, polls);
    if (figures.samples < 20) console.error(`Only ${figures.samples} counter changes were seen (want ≥ 20)`);
    return {
      messages: MESSAGES,
      tps: TPS,
      receiptDelayMs: `${RECEIPT_DELAY_MS.min}-${RECEIPT_DELAY_MS.max}`,
      ...figures,
      deliveredStored: storedAt.length,
      deliveredShownAtEnd: Math.max(0, ...shown.map((entry) => entry.value)),
      receiptsSent: simulator.receiptsSent().length,
      secondsFromSendToAllStored: storedAll === null ? null : round((storedAll - sentAt) / 1000),
      pageClockOffsetMs: [round(offsetAtStart), round(offsetAtEnd)],
      webBuild: build.built ? "built" : "reused",
      webBuildSeconds: round(build.seconds),
      benchSeconds: round((performance.now() - benchStarted) / 1000),
    };
  } finally {
    for (const { name, stop } of stops.reverse()) {
      await stop().catch((error: unknown) => console.error(`Could not stop the ${name}:`, error));
    }
  }
}

/** Signs in as the owner and opens the campaign's page, watching its delivered counter; resolves once its live stream is open. */
async function openCampaignPage(
  browser: Browser,
  url: string,
  campaignId: string,
  owner: { email: string; password: string },
  shown: Shown[],
): Promise<Page> {
  const page = await browser.newPage();
  await page.exposeFunction("benchDeliveredShown", (text: string, at: number) => {
    shown.push({ value: Number(text.replace(/[^0-9]/g, "")), at });
  });
  await page.addInitScript(OBSERVE_DELIVERED);
  const path = `/campaigns/${campaignId}`;
  const streamOpen = page.waitForResponse(
    (response) => response.url().includes(`/api/events?topic=`) && response.status() === 200,
    { timeout: 60_000 },
  );
  streamOpen.catch(() => undefined); // awaited below, after signing in
  await page.goto(`${url}/sign-in?callbackUrl=${encodeURIComponent(path)}`);
  await page.getByLabel("Email").fill(owner.email);
  await page.getByLabel("Password").fill(owner.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL(`${url}${path}`, { timeout: 60_000 });
  await streamOpen;
  return page;
}

/** The page's clock (timeOrigin + now) minus Node's, at the midpoint of the round trip. */
async function pageClockOffsetMs(page: Page): Promise<number> {
  const before = Date.now();
  const pageNow = (await page.evaluate("performance.timeOrigin + performance.now()")) as number;
  const after = Date.now();
  return pageNow - (before + after) / 2;
}

/** deliveredCount every POLL_MS, with the database's clock at each read (after the commit it saw). */
function pollDeliveredCount(pool: import("pg").Pool, campaignId: string) {
  const polls: Array<{ count: number; at: number }> = [];
  let running = true;
  const done = (async () => {
    while (running) {
      const { rows } = await pool.query<{ count: number; at: number }>(
        `SELECT "deliveredCount" AS count, (extract(epoch FROM clock_timestamp()) * 1000)::float8 AS at
         FROM campaigns WHERE id = $1`,
        [campaignId],
      );
      const row = rows[0]!;
      if (polls.length === 0 || row.count > polls.at(-1)!.count) polls.push(row);
      await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    }
  })();
  return {
    async stop() {
      running = false;
      await done;
      return polls;
    },
  };
}

function measure(shown: Shown[], storedAt: number[], polls: Array<{ count: number; at: number }>) {
  const timeline = [...shown].sort((a, b) => a.at - b.at);
  // The first value is the counter appearing (the page's own render), not a change.
  const changes: Shown[] = [];
  let highest = timeline[0]?.value ?? 0;
  for (const entry of timeline.slice(1)) {
    if (entry.value <= highest) continue;
    highest = entry.value;
    changes.push(entry);
  }
  const latencies = changes.map((change) => change.at - storedAt[change.value - 1]!);
  const polledLatencies = changes.map((change) => {
    const polled = polls.find((poll) => poll.count >= change.value);
    return polled ? change.at - polled.at : Number.NaN;
  });
  // Each delivery: from its storing to the first page value that counts it.
  const perDelivery: number[] = [];
  let neverShown = 0;
  storedAt.forEach((stored, index) => {
    const first = timeline.find((entry) => entry.value >= index + 1);
    if (first) perDelivery.push(first.at - stored);
    else neverShown++;
  });
  return {
    samples: changes.length,
    ...percentiles(latencies),
    fromPolledCount: percentiles(polledLatencies.filter((value) => !Number.isNaN(value))),
    perDelivery: { count: perDelivery.length, neverShown, ...percentiles(perDelivery) },
  };
}

function percentiles(values: number[]) {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (p: number) => (sorted.length === 0 ? null : round(sorted[Math.ceil(p * sorted.length) - 1]!));
  return { minMs: at(0.0001), p50Ms: at(0.5), p95Ms: at(0.95), maxMs: at(1) };
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}
