import { parseOptions } from "@/lib/parse-options";
import { isUniqueViolation, routeIdOrNotFound, routeNotFound, RouteTakenError } from "./route-errors";
import { assertCanManageRoutes } from "./route-role";
import { ZUpdateRoute, type UpdateRouteInput } from "./route.schema";
import { ROUTE_COLUMNS, toStoredRoute, type StoredRoute } from "./route-view";
import { assertOwnConnector, nextPosition, renumberRoutes, withRouteLock } from "./route-writes";

/**
 * Changes a route's prefix, connector or whether it is in use, with the
 * checks of `createRoute`. A route moved to another prefix goes last there,
 * and the routes it left close ranks.
 */
export async function updateRoute(options: UpdateRouteInput): Promise<StoredRoute> {
  assertCanManageRoutes(options.role);
  const { orgId, routeId, role: _role, ...changes } = parseOptions(ZUpdateRoute, options);
  const id = routeIdOrNotFound(routeId);
  return withRouteLock(orgId, async (tx) => {
    // orgId in every where clause: another organization's route is not found, not changed.
    const current = await tx.route.findFirst({ where: { id, orgId }, select: { prefix: true } });
    if (!current) throw routeNotFound();
    if (changes.connectorId !== undefined) await assertOwnConnector(tx, orgId, changes.connectorId);
    const prefix = changes.prefix ?? current.prefix;
    const moved = prefix !== current.prefix;
    const record = await tx.route
      .update({
        where: { id, orgId },
        data: { ...changes, ...(moved ? { position: await nextPosition(tx, orgId, prefix) } : {}) },
        select: ROUTE_COLUMNS,
      })
      .catch((error: unknown) => {
        // Thrown out of the transaction, which rolls back.
        throw isUniqueViolation(error) ? new RouteTakenError(prefix) : error;
      });
    if (moved) await renumberRoutes(tx, orgId, current.prefix);
    return toStoredRoute(record);
  });
}
