import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import smpp from "smpp";
import { WORKER_NODE_OPTIONS } from "../scripts/stack/start-stack";
import { createSmscSimulator, type SmscSimulator } from "../worker/smsc-simulator/simulator";

const ACCOUNT = { systemId: "bench", password: "bench" };
const WINDOW = 10;

/**
 * `send`: a 100,000-recipient campaign, unthrottled, through the whole
 * pipeline (snapshot, queue, render, window, SMPP) against the simulator on
 * loopback, next to a bare smpp-package client with the same window.
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
    const rawSmppPerSecond = throttle ? undefined : await rawClientRate(port, messages);
    simulator.resetCounts();

    const { db } = await import("@/lib/db");
    const { createConnector } = await import("@/lib/smpp/connectors");
    const connector = await createConnector({
      orgId: options.orgId,
      role: "owner",
      name: `Bench ${options.scenario}`,
      host: "127.0.0.1",
      port,
      systemId: ACCOUNT.systemId,
      password: ACCOUNT.password,
      windowSize: WINDOW,
      throughputPerSecond: Math.min(tps, 10_000),
    });
    // "Unthrottled": above anything the pipeline can reach (the settings form caps at 10,000).
    await db.smppConnector.update({ where: { id: connector.id }, data: { throughputPerSecond: tps } });
    const list = await db.contactList.create({
      data: { orgId: options.orgId, name: `Bench ${options.scenario}` },
    });
    await db.$executeRaw`
      WITH inserted AS (
        INSERT INTO contacts ("orgId", phone, "firstName", "lastName", fields)
        SELECT ${options.orgId}::uuid, '+49152' || lpad(i::text, 8, '0'), 'First' || (i % 97), 'Last' || (i % 89),
               jsonb_build_object('plan', CASE WHEN i % 3 = 0 THEN 'gold' ELSE 'basic' END)
        FROM generate_series(1, ${messages}::int) AS i
        RETURNING id)
      INSERT INTO contact_list_members ("listId", "contactId") SELECT ${list.id}::uuid, id FROM inserted`;
    await db.contactField.upsert({
      where: { orgId_name: { orgId: options.orgId, name: "plan" } },
      create: { orgId: options.orgId, name: "plan" },
      update: {},
    });

    const worker = startWorkerProcess();
    try {
      await worker.ready;
      const { createCampaign, sendCampaignNow } = await import("@/lib/campaigns");
      const campaign = await createCampaign({
        orgId: options.orgId,
        name: `Bench ${options.scenario}`,
        senderId: "Relay",
        listIds: [list.id],
        body: "Hi {{firstName}} {{lastName}}, your {{fields.plan}} plan renews soon. Reply STOP to opt out.",
        connectorId: connector.id,
      });
      const started = performance.now();
      await sendCampaignNow({ orgId: options.orgId, campaignId: campaign.id });
      const row = await waitForCompletion(db, campaign.id);
      const seconds = (performance.now() - started) / 1000;
      const peakWorkerRssMb = worker.peakRssMb();

      const counts = simulator.messagesByDestination();
      const exactlyOnce = counts.size === messages && [...counts.values()].every((count) => count === 1);
      if (!exactlyOnce || row.sentCount !== messages) {
        throw new Error(`Counts are off: ${counts.size} destinations, sent ${row.sentCount} of ${messages}`);
      }
      if (throttle) return { messages, tps, seconds: round(seconds), ...perSecond(simulator), exactlyOnce };
      return {
        messages,
        seconds: round(seconds),
        messagesPerSecond: Math.round(messages / seconds),
        peakWorkerRssMb,
        rawSmppPerSecond,
        ratioToRaw: round(messages / seconds / rawSmppPerSecond!),
        window: WINDOW,
        exactlyOnce,
      };
    } finally {
      await worker.stop();
    }
  } finally {
    await simulator.close();
  }
}

/** A bare smpp-package client: bind, then keep WINDOW submit_sm outstanding until `count` are answered. */
async function rawClientRate(port: number, count: number): Promise<number> {
  const session = smpp.connect({ host: "127.0.0.1", port });
  await new Promise<void>((resolve, reject) => {
    session.on("error", reject);
    session.bind_transceiver({ system_id: ACCOUNT.systemId, password: ACCOUNT.password }, (pdu) =>
      pdu.command_status === 0 ? resolve() : reject(new Error(`bind failed: ${pdu.command_status}`)),
    );
  });
  const body = Buffer.from("Hi First1 Last1, your gold plan renews soon. Reply STOP to opt out.", "latin1");
  const started = performance.now();
  await new Promise<void>((resolve) => {
    let sent = 0;
    let answered = 0;
    const next = () => {
      if (sent >= count) return;
      const i = sent++;
      session.submit_sm(
        { destination_addr: `49153${String(i).padStart(8, "0")}`, source_addr: "Relay", short_message: body },
        () => {
          answered++;
          if (answered === count) resolve();
          else next();
        },
      );
    };
    for (let i = 0; i < WINDOW; i++) next();
  });
  const seconds = (performance.now() - started) / 1000;
  await new Promise<void>((resolve) => session.unbind(() => resolve()));
  session.close();
  return Math.round(count / seconds);
}

function startWorkerProcess() {
  const child = spawn(process.execPath, ["--import", "tsx", "worker/index.ts"], {
    env: {
      ...process.env,
      SERVICE_NAME: "worker",
      // "worker ready" is an info line; the rest of the info lines are dropped below.
      LOG_LEVEL: "info",
      NODE_OPTIONS: [process.env.NODE_OPTIONS, WORKER_NODE_OPTIONS].filter(Boolean).join(" "),
    },
    stdio: ["ignore", "pipe", "inherit"],
  });
  let peakKb = 0;
  const sample = setInterval(() => {
    try {
      const status = readFileSync(`/proc/${child.pid}/status`, "utf8");
      peakKb = Math.max(peakKb, Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0));
    } catch {
      // exited
    }
  }, 200);
  const ready = new Promise<void>((resolve, reject) => {
    let buffered = "";
    child.stdout!.on("data", (chunk: Buffer) => {
      buffered += chunk.toString("utf8");
      if (buffered.includes('"worker ready"')) resolve();
      // Warnings and errors from the worker go to stderr, so a stuck run says why.
      const lines = buffered.split("\n");
      buffered = lines.pop() ?? "";
      for (const line of lines) if (/"level":(4|5|6)\d/.test(line)) process.stderr.write(`worker: ${line}\n`);
    });
    child.on("exit", (code) => reject(new Error(`worker exited with ${code}`)));
  });
  return {
    ready,
    peakRssMb: () => Math.round(peakKb / 1024),
    async stop() {
      clearInterval(sample);
      if (child.exitCode !== null) return;
      const exited = new Promise((resolve) => child.on("exit", resolve));
      child.kill("SIGTERM");
      await exited;
    },
  };
}

async function waitForCompletion(db: typeof import("@/lib/db").db, campaignId: string) {
  for (;;) {
    const row = await db.campaign.findUniqueOrThrow({ where: { id: campaignId } });
    if (row.status !== "running") {
      if (row.status !== "completed") throw new Error(`The campaign ended ${row.status}`);
      return row;
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
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
