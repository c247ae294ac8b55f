import { parseOptions } from "@/lib/parse-options";
import { isUniqueViolation, RouteTakenError } from "./route-errors";
import { assertCanManageRoutes } from "./route-role";
import { ZCreateRoute, type CreateRouteInput } from "./route.schema";
import { ROUTE_COLUMNS, toStoredRoute, type StoredRoute } from "./route-view";
import { assertOwnConnector, nextPosition, withRouteLock } from "./route-writes";

/**
 * Adds a route for the organization, last in the fallback order of its
 * prefix. Only owners and admins may (ForbiddenError); a bad prefix or a
 * connector that is not the organization's is a ValidationError on its
 * field; the same connector twice for one prefix is RouteTakenError.
 */
export async function createRoute(options: CreateRouteInput): Promise<StoredRoute> {
  assertCanManageRoutes(options.role);
  const { orgId, prefix, connectorId, enabled } = parseOptions(ZCreateRoute, options);
  try {
    return await withRouteLock(orgId, async (tx) => {
      await assertOwnConnector(tx, orgId, connectorId);
      const position = await nextPosition(tx, orgId, prefix);
      const record = await tx.route.create({
        data: { orgId, prefix, connectorId, position, enabled },
        select: ROUTE_COLUMNS,
      });
      return toStoredRoute(record);
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new RouteTakenError(prefix);
    throw error;
  }
}
