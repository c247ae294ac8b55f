import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { workerEnv } from "../scripts/stack/start-stack";
import { buildWorkerBundle } from "../scripts/stack/worker-bundle";

export const BENCH_ACCOUNT = { systemId: "bench", password: "bench" };
export const BENCH_BODY =
  "Hi {{firstName}} {{lastName}}, your {{fields.plan}} plan renews soon. Reply STOP to opt out.";

/** A connector to the simulator on `port` and a list of `messages` contacts with names and a plan. */
export async function prepareBenchAudience(options: {
  orgId: string;
  name: string;
  port: number;
  messages: number;
  tps: number;
  window: number;
  binds?: number;
}): Promise<{ connectorId: string; listId: string }> {
  const { db } = await import("@/lib/db");
  const { createConnector } = await import("@/lib/smpp/connectors");
  const connector = await createConnector({
    orgId: options.orgId,
    role: "owner",
    name: options.name,
    host: "127.0.0.1",
    port: options.port,
    systemId: BENCH_ACCOUNT.systemId,
    password: BENCH_ACCOUNT.password,
    windowSize: options.window,
    binds: options.binds ?? 1,
    throughputPerSecond: Math.min(options.tps, 10_000),
  });
  // "Unthrottled": above anything the pipeline can reach (the settings form caps at 10,000).
  await db.smppConnector.update({ where: { id: connector.id }, data: { throughputPerSecond: options.tps } });
  const list = await db.contactList.create({
    data: { orgId: options.orgId, name: options.name },
  });
  await db.$executeRaw`
      WITH inserted AS (
        INSERT INTO contacts ("orgId", phone, "firstName", "lastName", fields)
        SELECT ${options.orgId}::uuid, '+49152' || lpad(i::text, 8, '0'), 'First' || (i % 97), 'Last' || (i % 89),
               jsonb_build_object('plan', CASE WHEN i % 3 = 0 THEN 'gold' ELSE 'basic' END)
        FROM generate_series(1, ${options.messages}::int) AS i
        RETURNING id)
      INSERT INTO contact_list_members ("listId", "contactId") SELECT ${list.id}::uuid, id FROM inserted`;
  await db.contactField.upsert({
    where: { orgId_name: { orgId: options.orgId, name: "plan" } },
    create: { orgId: options.orgId, name: "plan" },
    update: {},
  });

  return { connectorId: connector.id, listId: list.id };
}

/** Creates the campaign and sends it now; resolves with the campaign id and the start time. */
export async function launchBenchCampaign(options: {
  orgId: string;
  name: string;
  listId: string;
  connectorId: string;
}): Promise<{ campaignId: string; started: number }> {
  const { createCampaign, sendCampaignNow } = await import("@/lib/campaigns");
  const campaign = await createCampaign({
    orgId: options.orgId,
    name: options.name,
    senderId: "Relay",
    listIds: [options.listId],
    body: BENCH_BODY,
    connectorId: options.connectorId,
  });
  const started = performance.now();
  await sendCampaignNow({ orgId: options.orgId, campaignId: campaign.id });
  return { campaignId: campaign.id, started };
}

/** The worker as production runs it (same heap limit), with its peak RSS sampled from /proc. */
export async function startWorkerProcess() {
  const child = spawn(process.execPath, [await buildWorkerBundle()], {
    env: {
      ...workerEnv(process.env),
      SERVICE_NAME: "worker",
      // "worker ready" is an info line; the rest of the info lines are dropped below.
      LOG_LEVEL: "info",
      // Connectors of earlier bench runs point at simulators that are gone: bind only what is used.
      WORKER_KEEP_BINDS: "false",
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

export async function waitForCompletion(db: typeof import("@/lib/db").db, campaignId: string) {
  for (;;) {
    const row = await db.campaign.findUniqueOrThrow({ where: { id: campaignId } });
    if (row.status !== "running") {
      if (row.status !== "completed") throw new Error(`The campaign ended ${row.status}`);
      return row;
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
