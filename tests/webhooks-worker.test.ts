import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

// Read by lib/config when it is first imported, below: this file's worker may
// post to the local receiver and retries after one second.
vi.hoisted(() => {
  process.env.WEBHOOK_ALLOW_PRIVATE_NETWORKS = "true";
  process.env.WEBHOOK_RETRY_SCHEDULE = "1,1";
});

import { randomUUID } from "node:crypto";
import { db } from "@/lib/db";
import { logger } from "@/lib/logger";
import { applyReceipts } from "@/lib/messaging";
import { createWebhookEndpoint, getWebhookDelivery } from "@/lib/webhooks";
import { startWorker, type RunningWorker } from "@/worker/start-worker";
import { until } from "./helpers/campaign-fixtures";
import { makeOrganization } from "./helpers/factories";
import { startWebhookReceiver } from "./helpers/webhook-receiver";

let worker: RunningWorker;
let receiver: Awaited<ReturnType<typeof startWebhookReceiver>>;

beforeAll(async () => {
  worker = await startWorker(logger.child({ test: "webhooks-worker" }));
  receiver = await startWebhookReceiver();
});
afterAll(async () => {
  await worker.stop();
  await receiver.close();
});

async function submittedMessages(orgId: string, count: number) {
  const smscIds = Array.from({ length: count }, () => randomUUID().slice(0, 12));
  await db.message.createMany({
    data: smscIds.map((smscMessageId, i) => ({
      orgId,
      direction: "outbound" as const,
      status: "submitted" as const,
      phone: `+49151000${String(i).padStart(5, "0")}`,
      sender: "Relay",
      smscMessageId,
    })),
  });
  return smscIds.map((smscMessageId) => ({
    orgId,
    connectorId: null,
    smscMessageId,
    idCandidates: [smscMessageId],
    stat: "DELIVRD",
    status: "delivered" as const,
    errorCode: null,
    raw: `id:${smscMessageId} stat:DELIVRD`,
  }));
}

describe("webhook dispatch in the worker", () => {
  it("is woken by recorded events and sends each delivery once, signed", async () => {
    const { org } = await makeOrganization();
    const { endpoint, secret } = await createWebhookEndpoint({
      orgId: org.id,
      role: "owner",
      url: receiver.url,
      eventTypes: ["message.status"],
    });
    receiver.useSecret(secret);
    const start = receiver.received.length;
    const receipts = await submittedMessages(org.id, 40);
    const applied = Date.now();
    await applyReceipts(receipts);
    await until(
      () => receiver.received.length - start,
      (n) => n >= 40,
      15_000,
      "40 deliveries",
    );
    const latencyMs = Date.now() - applied;
    const batch = receiver.received.slice(start);
    expect(batch.every((request) => request.verificationError === null)).toBe(true);
    expect(new Set(batch.map((request) => request.headers["webhook-id"])).size).toBe(40);
    await until(
      () => db.webhookDelivery.count({ where: { endpointId: endpoint.id, status: "succeeded" } }),
      (n) => n === 40,
      5_000,
      "40 succeeded",
    );
    // The periodic sweep runs every 5 s; woken, the worker sends at once.
    expect(latencyMs).toBeLessThan(3_000);
  });

  it("retries a 500 on the configured schedule", async () => {
    const { org } = await makeOrganization();
    const { endpoint, secret } = await createWebhookEndpoint({
      orgId: org.id,
      role: "owner",
      url: receiver.url,
      eventTypes: ["message.status"],
    });
    receiver.useSecret(secret);
    receiver.answer(500);
    await applyReceipts(await submittedMessages(org.id, 1));
    const delivery = await until(
      () => db.webhookDelivery.findFirst({ where: { endpointId: endpoint.id } }),
      (row) => row?.status === "succeeded",
      15_000,
      "succeeded after a retry",
    );
    const detail = await getWebhookDelivery({ orgId: org.id, deliveryId: delivery!.id });
    expect(detail.attemptLog.map((attempt) => attempt.statusCode)).toEqual([200, 500]);
    const [failedAt, succeededAt] = [detail.attemptLog[1]!.attemptedAt, detail.attemptLog[0]!.attemptedAt];
    expect(succeededAt.getTime() - failedAt.getTime()).toBeGreaterThanOrEqual(1_000);
  });
});
