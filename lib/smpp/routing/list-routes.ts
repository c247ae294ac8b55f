import { db } from "@/lib/db";
import { parseOptions } from "@/lib/parse-options";
import { readConnectorHealth } from "../connector-health";
import { rankRouteCandidates } from "./route-prefix";
import { ZListRoutes, type ListRoutesInput } from "./route.schema";
import { ROUTE_COLUMNS, toStoredRoute, type RouteView } from "./route-view";

/**
 * The organization's routes in the order routing weighs them (longest
 * prefix first, "all destinations" last; each prefix in its fallback
 * order), each with its connector's live health. An organization has a
 * handful of routes, so they come all at once.
 */
export async function listRoutes(options: ListRoutesInput): Promise<RouteView[]> {
  const { orgId } = parseOptions(ZListRoutes, options);
  const records = await db.route.findMany({ where: { orgId }, select: ROUTE_COLUMNS });
  const routes = rankRouteCandidates(
    records.map((record) => ({ ...toStoredRoute(record), routeId: record.id })),
  );
  const health = await readConnectorHealth(orgId, [...new Set(routes.map((route) => route.connectorId))]);
  return routes.map(({ routeId: _id, ...route }) => ({ ...route, health: health[route.connectorId]! }));
}
