import { randomUUID } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import { createRedis } from "@/lib/redis";
import {
  claimConnectorProbe,
  readConnectorHealth,
  recordConnectorOutcome,
  reportBindState,
  type CircuitOutcome,
} from "@/lib/smpp";
import { spawnTsx } from "./helpers/spawn-process";

const redis = createRedis("connector-health-test");
afterAll(() => {
  redis.disconnect();
});

const failure: CircuitOutcome = { kind: "failure", error: "ESME_RSYSERR: System error" };

function connector() {
  return { orgId: randomUUID(), connectorId: randomUUID() };
}

describe("connector health in Redis", () => {
  it("counts every one of many failures recorded at once, as several workers would", async () => {
    const ref = connector();
    const settings = { failureThreshold: 1_000, cooldownMs: 60_000 };
    await Promise.all(
      Array.from({ length: 25 }, () => recordConnectorOutcome({ ...ref, outcome: failure }, redis, settings)),
    );
    const state = await recordConnectorOutcome({ ...ref, outcome: failure }, redis, settings);
    expect(state).toMatchObject({ failures: 26, openUntil: null });
    expect((await readConnectorHealth(ref.orgId, [ref.connectorId], redis))[ref.connectorId]).toEqual({
      status: "healthy",
    });
  });

  it("counts every failure recorded by several processes at once", async () => {
    const ref = connector();
    const env = {
      CIRCUIT_ORG_ID: ref.orgId,
      CIRCUIT_CONNECTOR_ID: ref.connectorId,
      CIRCUIT_FAILURES: "30",
      // Started one after another, they all record at this moment.
      CIRCUIT_START_AT: String(Date.now() + 8_000),
    };
    const processes = Array.from({ length: 3 }, () =>
      spawnTsx("tests/helpers/record-circuit-failures.ts", env),
    );
    expect(await Promise.all(processes.map((running) => running.exited))).toEqual([0, 0, 0]);
    const settings = { failureThreshold: 1_000_000, cooldownMs: 60_000 };
    expect(await recordConnectorOutcome({ ...ref, outcome: failure }, redis, settings)).toMatchObject({
      failures: 91,
    });
  }, 60_000);

  it("lets exactly one of many concurrent claims through a half-open circuit", async () => {
    const ref = connector();
    const settings = { failureThreshold: 2, cooldownMs: 300 };
    await recordConnectorOutcome({ ...ref, outcome: failure }, redis, settings);
    await recordConnectorOutcome({ ...ref, outcome: failure }, redis, settings);
    const health = (await readConnectorHealth(ref.orgId, [ref.connectorId], redis))[ref.connectorId];
    expect(health).toMatchObject({ status: "circuit_open", error: failure.error });
    expect(await claimConnectorProbe(ref, redis, settings)).toBe(false); // still cooling down

    await new Promise((resolve) => setTimeout(resolve, 350));
    const claims = await Promise.all(
      Array.from({ length: 20 }, () => claimConnectorProbe(ref, redis, settings)),
    );
    expect(claims.filter(Boolean)).toHaveLength(1);
    expect((await readConnectorHealth(ref.orgId, [ref.connectorId], redis))[ref.connectorId]).toMatchObject({
      status: "probing",
    });

    // The probe's success closes the circuit and forgets it.
    await recordConnectorOutcome({ ...ref, outcome: { kind: "success" } }, redis, settings);
    expect((await readConnectorHealth(ref.orgId, [ref.connectorId], redis))[ref.connectorId]).toEqual({
      status: "healthy",
    });
  });

  it("says binds down from the workers' bind reports, and healthy again once a bind is bound", async () => {
    const ref = connector();
    const report = { ...ref, workerId: "worker-1", bindIndex: 0 };
    await reportBindState(redis, { ...report, status: "reconnecting", error: "connect ECONNREFUSED" });
    expect((await readConnectorHealth(ref.orgId, [ref.connectorId], redis))[ref.connectorId]).toEqual({
      status: "binds_down",
      error: "connect ECONNREFUSED",
    });
    await reportBindState(redis, { ...report, status: "bound", error: null });
    expect((await readConnectorHealth(ref.orgId, [ref.connectorId], redis))[ref.connectorId]).toEqual({
      status: "healthy",
    });
  });
});
