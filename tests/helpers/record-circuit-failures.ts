/**
 * A stand-in for one worker process recording connector failures: records
 * CIRCUIT_FAILURES failures of one connector at once, at the moment
 * CIRCUIT_START_AT (epoch ms, so processes started one after another still
 * compete), then prints one JSON line. tests/connector-health.test.ts runs
 * several of these side by side.
 */
import { getRedis } from "@/lib/redis";
import { recordConnectorOutcome } from "@/lib/smpp";

const orgId = process.env.CIRCUIT_ORG_ID!;
const connectorId = process.env.CIRCUIT_CONNECTOR_ID!;
const count = Number(process.env.CIRCUIT_FAILURES);
const startAt = Number(process.env.CIRCUIT_START_AT);
const settings = { failureThreshold: 1_000_000, cooldownMs: 60_000 };

await getRedis().ping();
await new Promise((resolve) => setTimeout(resolve, Math.max(0, startAt - Date.now())));

await Promise.all(
  Array.from({ length: count }, () =>
    recordConnectorOutcome(
      { orgId, connectorId, outcome: { kind: "failure", error: "test" } },
      getRedis(),
      settings,
    ),
  ),
);
console.log(JSON.stringify({ msg: "recorded", count }));
getRedis().disconnect();
