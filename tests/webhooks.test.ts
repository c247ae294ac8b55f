import { randomUUID } from "node:crypto";
import { afterAll, afterEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { ForbiddenError, NotFoundError, ValidationError } from "@/lib/errors";
import { applyReceipts, receiveInboundMessage } from "@/lib/messaging";
import { getQueue, QUEUES } from "@/lib/queue";
import {
  createWebhookEndpoint,
  deleteWebhookEndpoint,
  dispatchWebhookDeliveries,
  getWebhookDelivery,
  getWebhookEndpoint,
  listWebhookDeliveries,
  listWebhookEndpoints,
  purgeWebhookDeliveries,
  replayWebhookDelivery,
  revealWebhookSecret,
  rotateWebhookSecret,
  sendTestWebhook,
  setWebhookEndpointEnabled,
  updateWebhookEndpoint,
  webhookId,
  type AddressPolicy,
} from "@/lib/webhooks";
import { makeOrganization } from "./helpers/factories";
import { startWebhookReceiver } from "./helpers/webhook-receiver";

const LOCAL: AddressPolicy = { allowPrivateNetworks: true };
const STRICT: AddressPolicy = { allowPrivateNetworks: false };
/** Retries at once, three attempts in all: the schedule's shape is unit-tested. */
const FAST = { policy: LOCAL, retrySchedule: [0, 0], timeoutMs: 2_000 };

let receiver: Awaited<ReturnType<typeof startWebhookReceiver>> | undefined;

afterEach(async () => {
  await receiver?.close();
  receiver = undefined;
});
afterAll(async () => {
  // No worker runs here: drop the wake-up jobs these tests enqueued.
  await getQueue(QUEUES.webhooks).obliterate({ force: true });
});

async function tenantWithEndpoint(fields: { eventTypes?: ("message.status" | "message.received")[] } = {}) {
  const tenant = await makeOrganization();
  receiver = await startWebhookReceiver();
  const { endpoint, secret } = await createWebhookEndpoint({
    orgId: tenant.org.id,
    role: "owner",
    url: receiver.url,
    eventTypes: fields.eventTypes ?? ["message.status", "message.received"],
    addressPolicy: LOCAL,
  });
  receiver.useSecret(secret);
  return { ...tenant, endpoint, secret, receiver };
}

/** An outbound single message as the send path leaves it: submitted, with its SMSC id. */
async function submittedMessage(orgId: string, smscMessageId = randomUUID().slice(0, 12)) {
  const message = await db.message.create({
    data: {
      orgId,
      direction: "outbound",
      status: "submitted",
      phone: "+4915100000042",
      sender: "Relay",
      body: "Your code is 123456",
      smscMessageId,
      clientReference: "order-42",
      submittedAt: new Date(),
    },
  });
  return { id: message.id.toString(), smscMessageId };
}

function deliveredReceipt(orgId: string, smscMessageId: string) {
  return {
    orgId,
    connectorId: null,
    smscMessageId,
    idCandidates: [smscMessageId],
    stat: "DELIVRD",
    status: "delivered" as const,
    errorCode: null,
    raw: `id:${smscMessageId} stat:DELIVRD`,
  };
}

async function deliveriesOf(endpointId: string) {
  return db.webhookDelivery.findMany({ where: { endpointId }, orderBy: { createdAt: "asc" } });
}

describe("webhook deliveries", () => {
  it("sends one signed message.status event for a delivered receipt", async () => {
    const tenant = await tenantWithEndpoint();
    const message = await submittedMessage(tenant.org.id);
    await applyReceipts([deliveredReceipt(tenant.org.id, message.smscMessageId)]);

    const [delivery, ...more] = await deliveriesOf(tenant.endpoint.id);
    expect(more).toHaveLength(0);
    await dispatchWebhookDeliveries(FAST);

    expect(tenant.receiver.received).toHaveLength(1);
    const [request] = tenant.receiver.received;
    expect(request!.verificationError).toBeNull();
    expect(request!.headers["webhook-id"]).toBe(webhookId(delivery!.id));
    expect(Math.abs(Number(request!.headers["webhook-timestamp"]) - Date.now() / 1000)).toBeLessThan(10);
    expect(request!.payload).toMatchObject({
      type: "message.status",
      data: {
        id: message.id,
        direction: "outbound",
        status: "delivered",
        from: "Relay",
        to: "+4915100000042",
        clientReference: "order-42",
        campaignId: null,
        errorCode: null,
      },
    });
    expect((request!.payload as { timestamp: string }).timestamp).toMatch(
      /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/,
    );
    const stored = await getWebhookDelivery({ orgId: tenant.org.id, deliveryId: delivery!.id });
    expect(stored).toMatchObject({ status: "succeeded", attempts: 1, lastStatusCode: 200 });
    expect(stored.attemptLog).toMatchObject([
      { statusCode: 200, error: null, responseExcerpt: "answered 200" },
    ]);
  });

  it("sends one signed message.received event for an inbound message", async () => {
    const tenant = await tenantWithEndpoint({ eventTypes: ["message.received"] });
    const inbound = await receiveInboundMessage({
      orgId: tenant.org.id,
      from: "+4915100000077",
      to: "4915700000000",
      text: "Is my order on its way?",
      problem: null,
    });
    await dispatchWebhookDeliveries(FAST);
    expect(tenant.receiver.received).toHaveLength(1);
    expect(tenant.receiver.received[0]!.verificationError).toBeNull();
    expect(tenant.receiver.received[0]!.payload).toMatchObject({
      type: "message.received",
      data: {
        id: inbound.messageId,
        from: "+4915100000077",
        to: "4915700000000",
        text: "Is my order on its way?",
        conversationId: inbound.conversationId,
      },
    });
  });

  it("leaves out events an endpoint did not subscribe to, and campaign messages unless asked", async () => {
    const tenant = await tenantWithEndpoint({ eventTypes: ["message.received"] });
    const message = await submittedMessage(tenant.org.id);
    await applyReceipts([deliveredReceipt(tenant.org.id, message.smscMessageId)]);
    expect(await deliveriesOf(tenant.endpoint.id)).toHaveLength(0);

    await updateWebhookEndpoint({
      orgId: tenant.org.id,
      endpointId: tenant.endpoint.id,
      role: "owner",
      url: tenant.receiver.url,
      eventTypes: ["message.status"],
      addressPolicy: LOCAL,
    });
    const campaign = await db.campaign.create({
      data: { orgId: tenant.org.id, name: "Spring", senderId: "Relay", body: "Hi" },
    });
    const campaignMessage = await submittedMessage(tenant.org.id);
    await db.message.update({ where: { id: BigInt(campaignMessage.id) }, data: { campaignId: campaign.id } });
    await applyReceipts([deliveredReceipt(tenant.org.id, campaignMessage.smscMessageId)]);
    expect(await deliveriesOf(tenant.endpoint.id)).toHaveLength(0);
  });

  it("retries after 500s: three attempts logged with their codes, then succeeded", async () => {
    const tenant = await tenantWithEndpoint();
    tenant.receiver.answer(500, 500);
    const message = await submittedMessage(tenant.org.id);
    await applyReceipts([deliveredReceipt(tenant.org.id, message.smscMessageId)]);

    for (let i = 0; i < 3; i++) await dispatchWebhookDeliveries(FAST);
    const [delivery] = await deliveriesOf(tenant.endpoint.id);
    const detail = await getWebhookDelivery({ orgId: tenant.org.id, deliveryId: delivery!.id });
    expect(detail).toMatchObject({
      status: "succeeded",
      attempts: 3,
      lastStatusCode: 200,
      nextAttemptAt: null,
    });
    expect(detail.attemptLog.map((attempt) => attempt.statusCode)).toEqual([200, 500, 500]);
    expect(detail.attemptLog[1]!.responseExcerpt).toBe("answered 500");
    // Every attempt is the same webhook, each signed anew.
    const ids = new Set(tenant.receiver.received.map((request) => request.headers["webhook-id"]));
    expect(ids).toEqual(new Set([webhookId(delivery!.id)]));
    expect(tenant.receiver.received.every((request) => request.verificationError === null)).toBe(true);
  });

  it("never follows a redirect: a 3xx is a failed attempt", async () => {
    const tenant = await tenantWithEndpoint();
    tenant.receiver.answer(302);
    const message = await submittedMessage(tenant.org.id);
    await applyReceipts([deliveredReceipt(tenant.org.id, message.smscMessageId)]);
    await dispatchWebhookDeliveries({ ...FAST, retrySchedule: [3600] });
    const [delivery] = await deliveriesOf(tenant.endpoint.id);
    expect(delivery).toMatchObject({ status: "pending", attempts: 1, lastStatusCode: 302 });
    expect(tenant.receiver.received).toHaveLength(1);
  });

  it("keeps only the first kilobyte of an answer, without NUL bytes", async () => {
    const tenant = await tenantWithEndpoint();
    tenant.receiver.answerBody(`ok\0${"x".repeat(100_000)}`);
    const message = await submittedMessage(tenant.org.id);
    await applyReceipts([deliveredReceipt(tenant.org.id, message.smscMessageId)]);
    await dispatchWebhookDeliveries(FAST);
    const [delivery] = await deliveriesOf(tenant.endpoint.id);
    const detail = await getWebhookDelivery({ orgId: tenant.org.id, deliveryId: delivery!.id });
    expect(detail.status).toBe("succeeded");
    expect(detail.attemptLog[0]!.responseExcerpt).toBe(`ok${"x".repeat(1021)}`);
  });

  it("fails a delivery after the last attempt of the schedule", async () => {
    const tenant = await tenantWithEndpoint();
    tenant.receiver.answer(503, 503, 503);
    const message = await submittedMessage(tenant.org.id);
    await applyReceipts([deliveredReceipt(tenant.org.id, message.smscMessageId)]);
    for (let i = 0; i < 4; i++) await dispatchWebhookDeliveries(FAST);
    const [delivery] = await deliveriesOf(tenant.endpoint.id);
    expect(delivery).toMatchObject({
      status: "failed",
      attempts: 3,
      lastStatusCode: 503,
      nextAttemptAt: null,
    });
    expect(delivery!.completedAt).not.toBeNull();
    expect(tenant.receiver.received).toHaveLength(3);
  });

  it("schedules the next attempt by the retry schedule after a failure", async () => {
    const tenant = await tenantWithEndpoint();
    tenant.receiver.answer(500);
    const message = await submittedMessage(tenant.org.id);
    await applyReceipts([deliveredReceipt(tenant.org.id, message.smscMessageId)]);
    const before = Date.now();
    await dispatchWebhookDeliveries({ ...FAST, retrySchedule: [300, 1800] });
    const [delivery] = await deliveriesOf(tenant.endpoint.id);
    expect(delivery!.status).toBe("pending");
    const waitMs = delivery!.nextAttemptAt!.getTime() - before;
    expect(waitMs).toBeGreaterThanOrEqual(299_000);
    expect(waitMs).toBeLessThanOrEqual(331_000);
    // Not due: another pass sends nothing.
    await dispatchWebhookDeliveries(FAST);
    expect(tenant.receiver.received).toHaveLength(1);
  });

  it("disables the endpoint on 410 Gone and stops its pending deliveries", async () => {
    const tenant = await tenantWithEndpoint();
    tenant.receiver.answer(410);
    const later = await db.webhookDelivery.create({
      data: {
        orgId: tenant.org.id,
        endpointId: tenant.endpoint.id,
        eventType: "message.status",
        payload: { type: "message.status" },
        nextAttemptAt: new Date(Date.now() + 3_600_000),
      },
    });
    const message = await submittedMessage(tenant.org.id);
    await applyReceipts([deliveredReceipt(tenant.org.id, message.smscMessageId)]);
    await dispatchWebhookDeliveries(FAST);

    const endpoint = await getWebhookEndpoint({ orgId: tenant.org.id, endpointId: tenant.endpoint.id });
    expect(endpoint).toMatchObject({ enabled: false, disabledReason: "The endpoint answered 410 Gone." });
    expect(await db.webhookDelivery.findUniqueOrThrow({ where: { id: later.id } })).toMatchObject({
      status: "failed",
      nextAttemptAt: null,
    });
    const gone = (await deliveriesOf(tenant.endpoint.id)).find((delivery) => delivery.id !== later.id);
    expect(gone).toMatchObject({ status: "failed", attempts: 1, lastStatusCode: 410 });

    // A disabled endpoint gets no new events.
    const next = await submittedMessage(tenant.org.id);
    await applyReceipts([deliveredReceipt(tenant.org.id, next.smscMessageId)]);
    expect(await deliveriesOf(tenant.endpoint.id)).toHaveLength(2);
  });

  it("replays a delivery with the same webhook-id and a new signature", async () => {
    const tenant = await tenantWithEndpoint();
    const message = await submittedMessage(tenant.org.id);
    await applyReceipts([deliveredReceipt(tenant.org.id, message.smscMessageId)]);
    await dispatchWebhookDeliveries(FAST);
    const [delivery] = await deliveriesOf(tenant.endpoint.id);
    expect(delivery!.status).toBe("succeeded");

    await expect(
      replayWebhookDelivery({ orgId: tenant.org.id, deliveryId: delivery!.id, role: "member" }),
    ).rejects.toBeInstanceOf(ForbiddenError);
    await replayWebhookDelivery({ orgId: tenant.org.id, deliveryId: delivery!.id, role: "admin" });
    await dispatchWebhookDeliveries(FAST);

    const [first, second] = tenant.receiver.received;
    expect(second).toBeDefined();
    expect(second!.verificationError).toBeNull();
    expect(second!.headers["webhook-id"]).toBe(first!.headers["webhook-id"]);
    expect(second!.body).toBe(first!.body);
    const detail = await getWebhookDelivery({ orgId: tenant.org.id, deliveryId: delivery!.id });
    expect(detail).toMatchObject({ status: "succeeded", attempts: 2 });
    expect(detail.attemptLog).toHaveLength(2);
  });

  it("signs with the rotated secret from the next attempt on", async () => {
    const tenant = await tenantWithEndpoint();
    const role = "owner" as const;
    expect(await revealWebhookSecret({ orgId: tenant.org.id, endpointId: tenant.endpoint.id, role })).toBe(
      tenant.secret,
    );
    await expect(
      revealWebhookSecret({ orgId: tenant.org.id, endpointId: tenant.endpoint.id, role: "member" }),
    ).rejects.toBeInstanceOf(ForbiddenError);
    const rotated = await rotateWebhookSecret({ orgId: tenant.org.id, endpointId: tenant.endpoint.id, role });
    expect(rotated).toMatch(/^whsec_/);
    expect(rotated).not.toBe(tenant.secret);
    tenant.receiver.useSecret(rotated);
    const message = await submittedMessage(tenant.org.id);
    await applyReceipts([deliveredReceipt(tenant.org.id, message.smscMessageId)]);
    await dispatchWebhookDeliveries(FAST);
    expect(tenant.receiver.received[0]!.verificationError).toBeNull();
  });

  it("sends a signed test event on request, whatever the endpoint subscribed to", async () => {
    const tenant = await tenantWithEndpoint({ eventTypes: ["message.received"] });
    const { deliveryId } = await sendTestWebhook({
      orgId: tenant.org.id,
      endpointId: tenant.endpoint.id,
      role: "admin",
    });
    await dispatchWebhookDeliveries(FAST);
    expect(tenant.receiver.received).toHaveLength(1);
    expect(tenant.receiver.received[0]!.verificationError).toBeNull();
    expect(tenant.receiver.received[0]!.headers["webhook-id"]).toBe(webhookId(deliveryId));
    expect(tenant.receiver.received[0]!.payload).toMatchObject({ type: "webhook.test" });
  });

  it("stops pending deliveries when disabled, and takes events again once enabled", async () => {
    const tenant = await tenantWithEndpoint();
    const ref = { orgId: tenant.org.id, endpointId: tenant.endpoint.id, role: "owner" as const };
    const message = await submittedMessage(tenant.org.id);
    await applyReceipts([deliveredReceipt(tenant.org.id, message.smscMessageId)]);
    expect(await setWebhookEndpointEnabled({ ...ref, enabled: false })).toMatchObject({
      enabled: false,
      disabledReason: "Disabled by a user.",
    });
    const [stopped] = await deliveriesOf(tenant.endpoint.id);
    expect(stopped).toMatchObject({ status: "failed", lastError: "Disabled by a user.", attempts: 0 });
    await dispatchWebhookDeliveries(FAST);
    expect(tenant.receiver.received).toHaveLength(0);
    await expect(
      replayWebhookDelivery({ orgId: tenant.org.id, deliveryId: stopped!.id, role: "owner" }),
    ).rejects.toThrow("Enable the endpoint before replaying its deliveries.");

    expect(await setWebhookEndpointEnabled({ ...ref, enabled: true })).toMatchObject({
      enabled: true,
      disabledReason: null,
    });
    await replayWebhookDelivery({ orgId: tenant.org.id, deliveryId: stopped!.id, role: "owner" });
    await dispatchWebhookDeliveries(FAST);
    expect(tenant.receiver.received).toHaveLength(1);
    expect(tenant.receiver.received[0]!.verificationError).toBeNull();
  });

  it("pages the delivery log newest first by keyset and sums up recent outcomes", async () => {
    const tenant = await tenantWithEndpoint();
    for (let i = 0; i < 5; i++) {
      const message = await submittedMessage(tenant.org.id);
      await applyReceipts([deliveredReceipt(tenant.org.id, message.smscMessageId)]);
    }
    tenant.receiver.answer(500);
    await dispatchWebhookDeliveries({ ...FAST, retrySchedule: [] });
    const first = await listWebhookDeliveries({
      orgId: tenant.org.id,
      endpointId: tenant.endpoint.id,
      limit: 3,
    });
    expect(first.deliveries).toHaveLength(3);
    const second = await listWebhookDeliveries({
      orgId: tenant.org.id,
      endpointId: tenant.endpoint.id,
      limit: 3,
      after: first.nextCursor!,
    });
    expect(second.deliveries).toHaveLength(2);
    expect(second.nextCursor).toBeNull();
    const all = [...first.deliveries, ...second.deliveries];
    expect(new Set(all.map((delivery) => delivery.id)).size).toBe(5);
    const times = all.map((delivery) => delivery.createdAt.getTime());
    expect(times).toEqual([...times].sort((a, b) => b - a));
    const [summary] = await listWebhookEndpoints({ orgId: tenant.org.id });
    expect(summary).toMatchObject({ recentSucceeded: 4, recentFinished: 5, pending: 0 });
  });
});

describe("webhook delivery log retention", () => {
  it("forgets finished deliveries past the retention with their attempts, never pending ones", async () => {
    const tenant = await tenantWithEndpoint();
    const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000);
    const delivery = (status: "pending" | "succeeded" | "failed", createdAt: Date) =>
      db.webhookDelivery.create({
        data: {
          orgId: tenant.org.id,
          endpointId: tenant.endpoint.id,
          eventType: "message.status",
          payload: { type: "message.status" },
          status,
          createdAt,
          nextAttemptAt: status === "pending" ? daysAgo(-1) : null,
          attemptLog: { create: { statusCode: 500, durationMs: 5 } },
        },
      });
    const oldSucceeded = await delivery("succeeded", daysAgo(31));
    const oldFailed = await delivery("failed", daysAgo(40));
    const oldPending = await delivery("pending", daysAgo(31));
    const recent = await delivery("succeeded", daysAgo(29));

    expect(await purgeWebhookDeliveries({ retentionDays: 30 })).toBeGreaterThanOrEqual(2);
    const left = await deliveriesOf(tenant.endpoint.id);
    expect(left.map((row) => row.id).toSorted()).toEqual([oldPending.id, recent.id].toSorted());
    expect(
      await db.webhookAttempt.count({ where: { deliveryId: { in: [oldSucceeded.id, oldFailed.id] } } }),
    ).toBe(0);
  });
});

describe("webhook endpoints", () => {
  it("refuses URLs that are not https, with the reason on the url field", async () => {
    const { org } = await makeOrganization();
    for (const url of [
      "http://example.com/hook",
      "ftp://example.com/",
      "not a url",
      "https://user:pw@example.com/",
    ]) {
      const error = await createWebhookEndpoint({
        orgId: org.id,
        role: "owner",
        url,
        eventTypes: ["message.status"],
        addressPolicy: STRICT,
      }).catch((caught: unknown) => caught);
      expect(error, url).toBeInstanceOf(ValidationError);
      expect((error as ValidationError).field, url).toBe("url");
    }
  });

  it("refuses private, link-local and loopback addresses when private networks are not allowed", async () => {
    const { org } = await makeOrganization();
    const register = (url: string, policy: AddressPolicy = STRICT) =>
      createWebhookEndpoint({
        orgId: org.id,
        role: "owner",
        url,
        eventTypes: ["message.status"],
        addressPolicy: policy,
      });
    await expect(register("http://10.0.0.1/")).rejects.toThrow("Enter an https:// URL");
    await expect(register("https://10.0.0.1/")).rejects.toThrow(
      "10.0.0.1 is a private address. Webhooks go only to public internet addresses",
    );
    await expect(register("https://169.254.169.254/latest/meta-data")).rejects.toThrow(
      "169.254.169.254 is a link-local address",
    );
    await expect(register("https://[fd00::1]/")).rejects.toThrow("fd00::1 is a private address");
    await expect(register("http://localhost:8080/hooks")).rejects.toThrow(
      /^localhost resolves to .*, a loopback address/,
    );
    const rebinding: AddressPolicy = {
      allowPrivateNetworks: false,
      resolve: async () => [
        { address: "93.184.216.34", family: 4 },
        { address: "127.0.0.1", family: 4 },
      ],
    };
    await expect(register("https://hooks.customer.test/relay", rebinding)).rejects.toThrow(
      "hooks.customer.test resolves to 127.0.0.1, a loopback address",
    );
    expect(await db.webhookEndpoint.count({ where: { orgId: org.id } })).toBe(0);
  });

  it("refuses at send time an endpoint whose host now resolves to a private address", async () => {
    const tenant = await makeOrganization();
    receiver = await startWebhookReceiver();
    const { endpoint } = await createWebhookEndpoint({
      orgId: tenant.org.id,
      role: "owner",
      url: "https://hooks.customer.test/relay",
      eventTypes: ["message.status"],
      addressPolicy: {
        allowPrivateNetworks: false,
        resolve: async () => [{ address: "93.184.216.34", family: 4 }],
      },
    });
    const message = await submittedMessage(tenant.org.id);
    await applyReceipts([deliveredReceipt(tenant.org.id, message.smscMessageId)]);
    await dispatchWebhookDeliveries({
      ...FAST,
      policy: { allowPrivateNetworks: false, resolve: async () => [{ address: "127.0.0.1", family: 4 }] },
    });
    const [delivery] = await deliveriesOf(endpoint.id);
    expect(delivery).toMatchObject({ attempts: 1, lastStatusCode: null, status: "pending" });
    expect(delivery!.lastError).toBe(
      "hooks.customer.test resolves to 127.0.0.1, a loopback address. Webhooks go only to public internet addresses (WEBHOOK_ALLOW_PRIVATE_NETWORKS is off).",
    );
    expect(receiver.received).toHaveLength(0);
  });

  it("connects to a host name through the checked lookup", async () => {
    const tenant = await makeOrganization();
    receiver = await startWebhookReceiver();
    const port = new URL(receiver.url).port;
    const viaName: AddressPolicy = {
      allowPrivateNetworks: true,
      resolve: async () => [{ address: "127.0.0.1", family: 4 }],
    };
    const { endpoint, secret } = await createWebhookEndpoint({
      orgId: tenant.org.id,
      role: "owner",
      url: `http://localhost:${port}/hooks/relay`,
      eventTypes: ["message.status"],
      addressPolicy: viaName,
    });
    receiver.useSecret(secret);
    const message = await submittedMessage(tenant.org.id);
    await applyReceipts([deliveredReceipt(tenant.org.id, message.smscMessageId)]);
    await dispatchWebhookDeliveries({ ...FAST, policy: viaName });
    expect(receiver.received).toHaveLength(1);
    expect(receiver.received[0]!.verificationError).toBeNull();
    expect(receiver.received[0]!.headers.host).toBe(`localhost:${port}`);
    expect((await deliveriesOf(endpoint.id))[0]).toMatchObject({ status: "succeeded", lastStatusCode: 200 });
  });

  it("refuses at send time an IP-literal endpoint when private networks are not allowed", async () => {
    const tenant = await tenantWithEndpoint();
    const message = await submittedMessage(tenant.org.id);
    await applyReceipts([deliveredReceipt(tenant.org.id, message.smscMessageId)]);
    await dispatchWebhookDeliveries({ ...FAST, policy: STRICT });
    const [delivery] = await deliveriesOf(tenant.endpoint.id);
    expect(delivery!.lastError).toMatch(/^127\.0\.0\.1 is a loopback address/);
    expect(tenant.receiver.received).toHaveLength(0);
  });

  it("keeps endpoints and their logs to their own organization", async () => {
    const tenant = await tenantWithEndpoint();
    const other = await makeOrganization();
    const { endpoint: otherEndpoint } = await createWebhookEndpoint({
      orgId: other.org.id,
      role: "owner",
      url: tenant.receiver.url,
      eventTypes: ["message.status", "message.received"],
      addressPolicy: LOCAL,
    });
    const message = await submittedMessage(tenant.org.id);
    await applyReceipts([deliveredReceipt(tenant.org.id, message.smscMessageId)]);
    expect(await deliveriesOf(tenant.endpoint.id)).toHaveLength(1);
    expect(await deliveriesOf(otherEndpoint.id)).toHaveLength(0);
    const [delivery] = await deliveriesOf(tenant.endpoint.id);

    const asOther = { orgId: other.org.id, endpointId: tenant.endpoint.id };
    await expect(getWebhookEndpoint(asOther)).rejects.toBeInstanceOf(NotFoundError);
    await expect(listWebhookDeliveries(asOther)).rejects.toBeInstanceOf(NotFoundError);
    await expect(revealWebhookSecret({ ...asOther, role: "owner" })).rejects.toBeInstanceOf(NotFoundError);
    await expect(deleteWebhookEndpoint({ ...asOther, role: "owner" })).rejects.toBeInstanceOf(NotFoundError);
    await expect(
      getWebhookDelivery({ orgId: other.org.id, deliveryId: delivery!.id }),
    ).rejects.toBeInstanceOf(NotFoundError);
    await expect(
      replayWebhookDelivery({ orgId: other.org.id, deliveryId: delivery!.id, role: "owner" }),
    ).rejects.toBeInstanceOf(NotFoundError);
    expect((await listWebhookEndpoints({ orgId: other.org.id })).map((endpoint) => endpoint.id)).toEqual([
      otherEndpoint.id,
    ]);

    await deleteWebhookEndpoint({ orgId: tenant.org.id, endpointId: tenant.endpoint.id, role: "owner" });
    expect(await db.webhookDelivery.count({ where: { endpointId: tenant.endpoint.id } })).toBe(0);
  });

  it("lets only owners and admins change endpoints", async () => {
    const { org } = await makeOrganization();
    await expect(
      createWebhookEndpoint({
        orgId: org.id,
        role: "member",
        url: "https://hooks.customer.test/",
        eventTypes: ["message.status"],
        addressPolicy: LOCAL,
      }),
    ).rejects.toBeInstanceOf(ForbiddenError);
  });
});
