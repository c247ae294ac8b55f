// Small threshold and cool-down so the circuit opens and closes within a test; set before config is read.
import { vi } from "vitest";

vi.hoisted(() => {
  process.env.CONNECTOR_CIRCUIT_FAILURES = "2";
  process.env.CONNECTOR_CIRCUIT_COOLDOWN_SECONDS = "12";
});

import { randomUUID } from "node:crypto";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { logger } from "@/lib/logger";
import { enqueueJob } from "@/lib/queue";
import { createConnector, createRoute, readConnectorHealth, type ConnectorHealth } from "@/lib/smpp";
import { createSmscSimulator, type SmscSimulator } from "@/worker/smsc-simulator/simulator";
import { startWorker, type RunningWorker } from "@/worker/start-worker";
import { SMSC_ACCOUNT, startSimulator, until } from "./helpers/campaign-fixtures";
import { makeOrganization } from "./helpers/factories";

let worker: RunningWorker;
const simulators = new Set<SmscSimulator>();

beforeAll(async () => {
  worker = await startWorker(logger.child({ test: "routing" }));
});
afterAll(async () => {
  await worker.stop();
});
afterEach(async () => {
  await Promise.all([...simulators].map((simulator) => simulator.close()));
  simulators.clear();
});

async function simulatorOn(port = 0, options: Parameters<typeof startSimulator>[0] = {}) {
  const simulator = createSmscSimulator({ port, accounts: [SMSC_ACCOUNT], ...options });
  const address = await simulator.listen();
  simulators.add(simulator);
  return { simulator, port: address.port };
}

async function stop(simulator: SmscSimulator) {
  simulators.delete(simulator);
  await simulator.close();
}

/** An organization with connectors A and B (to the given simulator ports) and the routes +49 → A, then B. */
async function routedOrg(portA: number, portB: number, options: { passwordA?: string } = {}) {
  const { org } = await makeOrganization();
  const connector = (name: string, port: number, password = SMSC_ACCOUNT.password) =>
    createConnector({
      orgId: org.id,
      role: "owner",
      name,
      host: "127.0.0.1",
      port,
      systemId: SMSC_ACCOUNT.systemId,
      password,
      throughputPerSecond: 1_000,
      responseTimeoutSeconds: 5,
    });
  const a = await connector(`A ${randomUUID().slice(0, 6)}`, portA, options.passwordA);
  const b = await connector(`B ${randomUUID().slice(0, 6)}`, portB);
  const routeA = await createRoute({ orgId: org.id, role: "owner", prefix: "49", connectorId: a.id });
  const routeB = await createRoute({ orgId: org.id, role: "owner", prefix: "49", connectorId: b.id });
  return { orgId: org.id, a, b, routeA, routeB };
}

/** Queues one API-style message (no contact) and its send job, as the REST API does. */
async function send(orgId: string, phone: string): Promise<bigint> {
  const message = await db.message.create({
    data: {
      orgId,
      direction: "outbound",
      status: "queued",
      phone,
      sender: "Relay",
      body: "Your code is 1234",
      priority: 1,
    },
  });
  // BullMQ's own job id: a job id made from the message id would match a finished job kept in Redis
  // from an earlier run against a recreated test database, and be silently skipped.
  await enqueueJob("send-message", { orgId, messageId: message.id.toString(), priority: 1 });
  return message.id;
}

async function settled(id: bigint, timeoutMs = 30_000) {
  return until(
    () => db.message.findUniqueOrThrow({ where: { id } }),
    (message) => message.status !== "queued" && message.status !== "sending",
    timeoutMs,
    `message ${id} settled`,
  );
}

async function healthOf(orgId: string, connectorId: string): Promise<ConnectorHealth> {
  return (await readConnectorHealth(orgId, [connectorId]))[connectorId]!;
}

describe("routing single messages", () => {
  it("routes by prefix, fails over while the first connector's binds are down, and comes back when it is up", async () => {
    const first = await simulatorOn();
    const second = await simulatorOn();
    const { orgId, a, b, routeA, routeB } = await routedOrg(first.port, second.port);

    const viaA = await settled(await send(orgId, "+4915100000001"));
    expect(viaA).toMatchObject({ status: "submitted", connectorId: a.id, routeId: routeA.id });
    expect(first.simulator.messagesByDestination().get("4915100000001")).toBe(1);

    await stop(first.simulator);
    await until(
      () => healthOf(orgId, a.id),
      (health) => health.status === "binds_down",
      15_000,
      "A down",
    );
    const viaB = await settled(await send(orgId, "+4915100000002"));
    expect(viaB).toMatchObject({ status: "submitted", connectorId: b.id, routeId: routeB.id });
    expect(second.simulator.messagesByDestination().get("4915100000002")).toBe(1);

    // The same address again: the worker's bind comes back on its own, and so does the traffic.
    const restarted = await simulatorOn(first.port);
    await until(
      () => healthOf(orgId, a.id),
      (health) => health.status === "healthy",
      30_000,
      "A back",
    );
    const backOnA = await settled(await send(orgId, "+4915100000003"));
    expect(backOnA).toMatchObject({ status: "submitted", connectorId: a.id, routeId: routeA.id });
    expect(restarted.simulator.messagesByDestination().get("4915100000003")).toBe(1);
    expect(second.simulator.messagesByDestination().get("4915100000003")).toBeUndefined();
  }, 90_000);

  it("opens the circuit of a connector answering system errors, sends through the next route, and closes it with a probe", async () => {
    const first = await simulatorOn(0, { faults: [{ suffix: "77", kind: "system_error" }] });
    const second = await simulatorOn();
    const { orgId, a, b, routeA, routeB } = await routedOrg(first.port, second.port);

    // Two system errors in a row (the threshold here) open A's circuit; the two messages go back to the queue.
    const failing = [await send(orgId, "+4915100000177"), await send(orgId, "+4915100000277")];
    await until(
      () => healthOf(orgId, a.id),
      (health) => health.status === "circuit_open",
      30_000,
      "A open",
    );
    // Resolved again after the requeue delay: they go out through B.
    for (const id of failing) {
      expect(await settled(id)).toMatchObject({
        status: "submitted",
        connectorId: b.id,
        routeId: routeB.id,
        submitAttempts: 2,
      });
    }
    expect(first.simulator.messagesByDestination().get("4915100000177")).toBeUndefined();
    expect(second.simulator.messagesByDestination().get("4915100000177")).toBe(1);
    // Every message goes through B while A's circuit is open, not only those A refused.
    const meanwhile = await settled(await send(orgId, "+4915100000301"));
    expect(meanwhile).toMatchObject({ connectorId: b.id, routeId: routeB.id });

    // After the cool-down, one probe goes to A; its success closes the circuit and A takes the traffic again.
    await until(
      () => healthOf(orgId, a.id),
      (health) => health.status === "half_open",
      20_000,
      "A half open",
    );
    const probe = await settled(await send(orgId, "+4915100000302"));
    expect(probe).toMatchObject({ status: "submitted", connectorId: a.id, routeId: routeA.id });
    expect(await healthOf(orgId, a.id)).toEqual({ status: "healthy" });
    expect(await settled(await send(orgId, "+4915100000303"))).toMatchObject({ connectorId: a.id });
  }, 90_000);

  it("skips a connector whose bind the SMSC refuses: the message waits, then goes through the next route", async () => {
    const first = await simulatorOn();
    const second = await simulatorOn();
    const { orgId, a, b, routeB } = await routedOrg(first.port, second.port, { passwordA: "wrong" });
    const sent = await settled(await send(orgId, "+4915100000001"));
    expect(sent).toMatchObject({
      status: "submitted",
      connectorId: b.id,
      routeId: routeB.id,
      submitAttempts: 1,
    });
    expect(await healthOf(orgId, a.id)).toMatchObject({ status: "circuit_open" });
    expect(first.simulator.messagesByDestination().size).toBe(0);
  }, 60_000);

  it("keeps a message queued while every route is down, and sends it once one comes back", async () => {
    const first = await simulatorOn();
    const second = await simulatorOn();
    const { orgId, a, b, routeB } = await routedOrg(first.port, second.port);
    expect(await settled(await send(orgId, "+4915100000001"))).toMatchObject({ connectorId: a.id });
    await stop(first.simulator);
    await until(
      () => healthOf(orgId, a.id),
      (health) => health.status === "binds_down",
      15_000,
      "A down",
    );
    expect(await settled(await send(orgId, "+4915100000002"))).toMatchObject({ connectorId: b.id });
    await stop(second.simulator);
    await until(
      () => healthOf(orgId, b.id),
      (health) => health.status === "binds_down",
      15_000,
      "B down",
    );

    // Every candidate is down: each try leaves the message queued and the job comes back later.
    const waiting = await send(orgId, "+4915100000009");
    await new Promise((resolve) => setTimeout(resolve, 3_000));
    expect(await db.message.findUniqueOrThrow({ where: { id: waiting } })).toMatchObject({
      status: "queued",
      submitAttempts: 0,
      connectorId: null,
    });

    const back = await simulatorOn(second.port);
    const sent = await settled(waiting, 60_000);
    expect(sent).toMatchObject({
      status: "submitted",
      connectorId: b.id,
      routeId: routeB.id,
      submitAttempts: 1,
    });
    expect(back.simulator.messagesByDestination().get("4915100000009")).toBe(1);
  }, 120_000);

  it("fails a number no route matches, with the reason, and never uses another organization's routes", async () => {
    const first = await simulatorOn();
    const second = await simulatorOn();
    const { orgId } = await routedOrg(first.port, second.port);
    // The API's sender hears of the failure through its webhook (never delivered here: .invalid does not resolve).
    await db.webhookEndpoint.create({
      data: { orgId, url: "https://hooks.invalid/relay", secret: "unused", eventTypes: ["message.status"] },
    });
    const failed = await settled(await send(orgId, "+12025550100"));
    expect(failed).toMatchObject({
      status: "failed",
      connectorId: null,
      routeId: null,
      errorReason:
        "No route for +12025550100: no route in use matches its prefix. Add one under Settings → Routes.",
    });
    expect(failed.finalAt).not.toBeNull();
    const deliveries = await db.webhookDelivery.findMany({ where: { orgId }, select: { payload: true } });
    expect(deliveries.map((delivery) => delivery.payload)).toEqual([
      expect.objectContaining({
        type: "message.status",
        data: expect.objectContaining({
          id: failed.id.toString(),
          status: "failed",
          errorReason: failed.errorReason,
        }),
      }),
    ]);

    // An organization without routes sends as before (its first enabled connector), whatever others route.
    const { org: other } = await makeOrganization();
    const own = await createConnector({
      orgId: other.id,
      role: "owner",
      name: "Own",
      host: "127.0.0.1",
      port: second.port,
      systemId: SMSC_ACCOUNT.systemId,
      password: SMSC_ACCOUNT.password,
    });
    expect(await settled(await send(other.id, "+12025550100"))).toMatchObject({
      status: "submitted",
      connectorId: own.id,
      routeId: null,
    });
    expect(await settled(await send(other.id, "+4915100000001"))).toMatchObject({
      connectorId: own.id,
      routeId: null,
    });
  });
});
