import type { Redis } from "ioredis";
import { z } from "zod";
import { config } from "@/lib/config";
import { getRedis, luaScript, redisKey } from "@/lib/redis";
import {
  applyCircuitOutcome,
  claimCircuitProbe,
  CLOSED_CIRCUIT,
  judgeConnectorHealth,
  type CircuitOutcome,
  type CircuitSettings,
  type CircuitState,
  type ConnectorHealth,
} from "./connector-health-circuit";
import { readConnectorStates } from "./connector-state";

/*
 * Connector health shared by every worker: the live bind states
 * (connector-state.ts) and one circuit breaker per connector, kept in Redis
 * as `<prefix>:connector-circuit:<orgId>:<connectorId>` (JSON). Changes are
 * compare-and-set, so two workers recording at once never lose a failure
 * nor let two probes through; the rules themselves are the pure functions
 * of connector-health-circuit.ts.
 */

const ZCircuitState = z.object({
  failures: z.number().int().min(0),
  openUntil: z.number().nullable(),
  probeUntil: z.number().nullable(),
  lastError: z.string().nullable(),
});

/** Replaces the stored value only if it is still `expected` ('' = none); '' as the new value deletes it. */
const COMPARE_AND_SET = luaScript(`
local current = redis.call('GET', KEYS[1])
if (current or '') ~= ARGV[1] then return 0 end
if ARGV[2] == '' then redis.call('DEL', KEYS[1]) else redis.call('SET', KEYS[1], ARGV[2], 'PX', ARGV[3]) end
return 1`);

/** Compare-and-set rounds before giving up; only other workers compete (this one queues its own changes). */
const MAX_CAS_ATTEMPTS = 50;
/** A circuit nobody touched for this long after its cool-down is forgotten (closed). */
const IDLE_KEEP_MS = 60 * 60_000;

export function circuitSettings(): CircuitSettings {
  return {
    failureThreshold: config.CONNECTOR_CIRCUIT_FAILURES,
    cooldownMs: config.CONNECTOR_CIRCUIT_COOLDOWN_SECONDS * 1000,
  };
}

function circuitKey(orgId: string, connectorId: string): string {
  return redisKey("connector-circuit", orgId, connectorId);
}

function readCircuit(raw: string | null): CircuitState | null {
  if (!raw) return null;
  try {
    const parsed = ZCircuitState.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : null;
  } catch {
    return null; // Not written by this module: as if closed.
  }
}

/** Changes in flight per circuit key in this process: they run one after another, so they never race each other. */
const pending = new Map<string, Promise<unknown>>();

/**
 * Reads the circuit, applies `change` and writes the result if nobody wrote
 * in between (else reads again, after a short random pause). Answers the
 * state written, or null when `change` declined.
 */
function updateCircuit(
  redis: Redis,
  key: string,
  settings: CircuitSettings,
  change: (state: CircuitState, now: number) => CircuitState | null,
): Promise<CircuitState | null> {
  const previous = pending.get(key) ?? Promise.resolve();
  const next = previous.catch(() => undefined).then(() => compareAndSet(redis, key, settings, change));
  pending.set(key, next);
  const forget = () => {
    if (pending.get(key) === next) pending.delete(key);
  };
  next.then(forget, forget);
  return next;
}

async function compareAndSet(
  redis: Redis,
  key: string,
  settings: CircuitSettings,
  change: (state: CircuitState, now: number) => CircuitState | null,
): Promise<CircuitState | null> {
  for (let attempt = 0; attempt < MAX_CAS_ATTEMPTS; attempt++) {
    if (attempt > 0) await new Promise((resolve) => setTimeout(resolve, Math.random() * 5));
    const raw = await redis.get(key);
    const now = Date.now();
    const next = change(readCircuit(raw) ?? CLOSED_CIRCUIT, now);
    if (next === null) return null;
    const closed = next.openUntil === null && next.failures === 0;
    // A healthy connector's success costs one GET.
    if (closed && !raw) return next;
    const ttl =
      Math.max(next.openUntil ?? 0, next.probeUntil ?? 0, now) - now + settings.cooldownMs + IDLE_KEEP_MS;
    const written = await COMPARE_AND_SET(redis, [key], [raw ?? "", closed ? "" : JSON.stringify(next), ttl]);
    if (written === 1) return next;
  }
  throw new Error(`Could not update the circuit ${key}: too many concurrent changes.`);
}

/** Records what one message taught about its connector (send path). */
export async function recordConnectorOutcome(
  options: { orgId: string; connectorId: string; outcome: CircuitOutcome },
  redis: Redis = getRedis(),
  settings: CircuitSettings = circuitSettings(),
): Promise<CircuitState> {
  const key = circuitKey(options.orgId, options.connectorId);
  const state = await updateCircuit(redis, key, settings, (current, now) =>
    applyCircuitOutcome(current, options.outcome, now, settings),
  );
  return state ?? CLOSED_CIRCUIT;
}

/**
 * Takes the one probe a half-open circuit lets through. True for exactly
 * one caller across all workers until the probe's outcome is recorded (or
 * a cool-down passes without it).
 */
export async function claimConnectorProbe(
  options: { orgId: string; connectorId: string },
  redis: Redis = getRedis(),
  settings: CircuitSettings = circuitSettings(),
): Promise<boolean> {
  const key = circuitKey(options.orgId, options.connectorId);
  const claimed = await updateCircuit(redis, key, settings, (current, now) =>
    claimCircuitProbe(current, now, settings),
  );
  return claimed !== null;
}

/** The health of each of the organization's given connectors, by id: two round trips for all. */
export async function readConnectorHealth(
  orgId: string,
  connectorIds: readonly string[],
  redis: Redis = getRedis(),
): Promise<Record<string, ConnectorHealth>> {
  const health: Record<string, ConnectorHealth> = {};
  if (connectorIds.length === 0) return health;
  const [binds, circuits] = await Promise.all([
    readConnectorStates(orgId, connectorIds, redis),
    redis.mget(connectorIds.map((id) => circuitKey(orgId, id))),
  ]);
  const now = Date.now();
  connectorIds.forEach((id, index) => {
    health[id] = judgeConnectorHealth(binds[id], readCircuit(circuits[index] ?? null), now);
  });
  return health;
}
