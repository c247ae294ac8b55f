import { db } from "@/lib/db";
import { parseOptions } from "@/lib/parse-options";
import { claimConnectorProbe, readConnectorHealth } from "../connector-health";
import type { ConnectorHealth } from "../connector-health-circuit";
import { destinationPrefixes, rankRouteCandidates } from "./route-prefix";
import { ZResolveRoute, type ResolveRouteInput } from "./route.schema";

export interface RouteCandidate {
  routeId: string;
  prefix: string;
  position: number;
  connectorId: string;
  connectorName: string;
  health: ConnectorHealth;
}

export type RouteResolution =
  /** The organization has no route in use: the caller picks a connector as before routing existed. */
  | { status: "unrouted" }
  /** Send through this route; `probe` when it is the one message let through a half-open circuit. */
  | { status: "routed"; route: RouteCandidate; probe: boolean; candidates: RouteCandidate[] }
  /** Routes match but none is healthy now: the message waits and is resolved again later. */
  | { status: "unavailable"; reason: string; candidates: RouteCandidate[] }
  /** Nothing matches the number: the message cannot be sent. */
  | { status: "no_route"; reason: string };

/**
 * Chooses the route for one destination. Candidates are the organization's
 * enabled routes (through enabled connectors) whose prefix starts the
 * number, longest prefix first, then in each prefix's fallback order; the
 * first whose connector is healthy wins (binds up, circuit closed — or half
 * open, for one probe message). Health is read each time, so traffic fails
 * over as soon as a connector is down and comes back once it recovers.
 */
export async function resolveRoute(options: ResolveRouteInput): Promise<RouteResolution> {
  const { orgId, phone } = parseOptions(ZResolveRoute, options);
  const digits = phone.replace(/^\+/, "");
  // One statement: whether routing is in use at all, and the matching routes (by the (orgId, prefix) index).
  const rows = await db.$queryRaw<
    Array<{
      routed: boolean;
      routeId: string | null;
      prefix: string | null;
      position: number | null;
      connectorId: string | null;
      connectorName: string | null;
    }>
  >`
    SELECT h.routed, c."routeId", c.prefix, c.position, c."connectorId", c."connectorName"
    FROM (SELECT EXISTS (SELECT 1 FROM routes WHERE "orgId" = ${orgId}::uuid AND enabled) AS routed) h
    LEFT JOIN LATERAL (
      SELECT r.id::text AS "routeId", r.prefix, r.position, r."connectorId"::text AS "connectorId",
             k.name AS "connectorName"
      FROM routes r JOIN smpp_connectors k ON k.id = r."connectorId" AND k."orgId" = r."orgId"
      WHERE r."orgId" = ${orgId}::uuid AND r.prefix = ANY(${destinationPrefixes(digits)}::text[])
        AND r.enabled AND k.enabled
    ) c ON true`;
  if (!rows[0]?.routed) return { status: "unrouted" };
  const matching = rankRouteCandidates(
    rows.flatMap((row) =>
      row.routeId === null
        ? []
        : [
            {
              routeId: row.routeId,
              prefix: row.prefix!,
              position: row.position!,
              connectorId: row.connectorId!,
              connectorName: row.connectorName!,
            },
          ],
    ),
  );
  if (matching.length === 0) {
    return {
      status: "no_route",
      reason: `No route for +${digits}: no route in use matches its prefix. Add one under Settings → Routes.`,
    };
  }
  const health = await readConnectorHealth(orgId, [...new Set(matching.map((route) => route.connectorId))]);
  const candidates = matching.map((route) => ({ ...route, health: health[route.connectorId]! }));
  for (const candidate of candidates) {
    if (candidate.health.status === "healthy")
      return { status: "routed", route: candidate, probe: false, candidates };
    if (
      candidate.health.status === "half_open" &&
      (await claimConnectorProbe({ orgId, connectorId: candidate.connectorId }))
    ) {
      return { status: "routed", route: candidate, probe: true, candidates };
    }
  }
  return {
    status: "unavailable",
    reason: `Every route for +${digits} is unavailable now (binds down or circuit open); the message waits.`,
    candidates,
  };
}
