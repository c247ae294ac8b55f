import type { Redis } from "ioredis";
import { z } from "zod";
import { orgChannel, type ConnectorStateEvent } from "@/lib/events";
import { getRedis, redisKey } from "@/lib/redis";

/*
 * Live state of SMPP binds, shared by every worker through Redis. Each
 * connector has one hash, `<prefix>:connector-state:<orgId>:<connectorId>`,
 * with a field per bind (`<workerId>#<bindIndex>` → status, error, time).
 * A report refreshes the hash's expiry, and a bind not reported for
 * BIND_STATE_TTL_SECONDS is ignored, so a worker that died without saying
 * so drops out within that time. Workers therefore report each bind again
 * at least every 30 s while it lives (after each enquire_link, say).
 */

export const BIND_STATE_TTL_SECONDS = 90;

export const REPORTED_BIND_STATUSES = ["connecting", "bound", "reconnecting", "failed", "closed"] as const;

export const ZBindStateReport = z.object({
  orgId: z.uuid(),
  connectorId: z.uuid(),
  /** The reporting worker's id, as it announces itself (worker/presence). */
  workerId: z.string().min(1).max(200),
  /** 0-based number of the bind within this worker's binds of the connector. */
  bindIndex: z.number().int().min(0).max(999),
  /** "closed" means the worker let go of the bind on purpose: it no longer counts. */
  status: z.enum(REPORTED_BIND_STATUSES),
  /** Why the bind is not bound (bind refused, connection lost, …); null when nothing went wrong. */
  error: z.string().max(500).nullable(),
});
export type BindStateReport = z.infer<typeof ZBindStateReport>;

/** One connector's state: the summary the Settings page shows, and the binds it was made from. */
export type ConnectorState = Omit<ConnectorStateEvent, "type" | "connectorId">;
export type ConnectorBindState = ConnectorState["binds"][number];

const ZStoredBind = z.object({
  status: z.enum(["connecting", "bound", "reconnecting", "failed"]),
  error: z.string().nullable(),
  at: z.number(),
});

function stateKey(orgId: string, connectorId: string): string {
  return redisKey("connector-state", orgId, connectorId);
}

/**
 * Records one bind's state and tells the organization's open Settings pages
 * (live event "connector.state", topic "connectors"). Returns the
 * connector's state after the report.
 */
export async function reportBindState(redis: Redis, report: BindStateReport): Promise<ConnectorState> {
  const { orgId, connectorId, workerId, bindIndex, status, error } = ZBindStateReport.parse(report);
  const key = stateKey(orgId, connectorId);
  const field = `${workerId}#${bindIndex}`;
  const now = Date.now();
  const transaction = redis.multi();
  if (status === "closed") transaction.hdel(key, field);
  else transaction.hset(key, field, JSON.stringify({ status, error, at: now }));
  transaction.pexpire(key, BIND_STATE_TTL_SECONDS * 1000);
  transaction.hgetall(key);
  const results = await transaction.exec();
  const fields = results?.at(-1)?.[1] as Record<string, string> | undefined;
  const state = summarizeBindStates(readBinds(fields ?? {}), now);
  const event: ConnectorStateEvent = { type: "connector.state", connectorId, ...state };
  await redis.publish(orgChannel(orgId), JSON.stringify(event));
  return state;
}

/**
 * The state of each of the organization's given connectors, by id (a
 * connector no worker reported on is `idle`). One round trip for all.
 */
export async function readConnectorStates(
  orgId: string,
  connectorIds: readonly string[],
  redis: Redis = getRedis(),
): Promise<Record<string, ConnectorState>> {
  const now = Date.now();
  const states: Record<string, ConnectorState> = {};
  if (connectorIds.length === 0) return states;
  const pipeline = redis.pipeline();
  for (const id of connectorIds) pipeline.hgetall(stateKey(orgId, id));
  const results = (await pipeline.exec()) ?? [];
  connectorIds.forEach((id, index) => {
    const [failure, fields] = results[index] ?? [null, {}];
    if (failure) throw failure;
    states[id] = summarizeBindStates(readBinds((fields ?? {}) as Record<string, string>), now);
  });
  return states;
}

export type ReportedBind = { workerId: string; bindIndex: number } & z.infer<typeof ZStoredBind>;

function readBinds(fields: Record<string, string>): ReportedBind[] {
  const binds: ReportedBind[] = [];
  for (const [field, value] of Object.entries(fields)) {
    const separator = field.lastIndexOf("#");
    let stored: unknown;
    try {
      stored = JSON.parse(value);
    } catch {
      continue; // Not written by reportBindState: nothing to show.
    }
    const parsed = ZStoredBind.safeParse(stored);
    if (separator < 0 || !parsed.success) continue;
    binds.push({
      workerId: field.slice(0, separator),
      bindIndex: Number(field.slice(separator + 1)),
      ...parsed.data,
    });
  }
  return binds;
}

/**
 * Sums a connector's binds up: `bound` when any bind is bound; else the
 * status of the latest report (connecting, reconnecting or failed) with the
 * latest error; `idle` when no worker holds a bind. Binds not reported for
 * BIND_STATE_TTL_SECONDS are left out.
 */
export function summarizeBindStates(binds: readonly ReportedBind[], now: number): ConnectorState {
  const live = binds
    .filter((bind) => now - bind.at <= BIND_STATE_TTL_SECONDS * 1000)
    .sort((a, b) => a.workerId.localeCompare(b.workerId) || a.bindIndex - b.bindIndex);
  const latestFirst = [...live].sort((a, b) => b.at - a.at);
  const bound = live.some((bind) => bind.status === "bound");
  const latest = latestFirst[0];
  return {
    state: bound ? "bound" : (latest?.status ?? "idle"),
    error: bound ? null : (latestFirst.find((bind) => bind.error !== null)?.error ?? null),
    binds: live.map((bind) => ({
      workerId: bind.workerId,
      bindIndex: bind.bindIndex,
      status: bind.status,
      error: bind.error,
      at: new Date(bind.at).toISOString(),
    })),
    at: new Date(now).toISOString(),
  };
}
