import { parseOptions } from "@/lib/parse-options";
import { routeIdOrNotFound, routeNotFound } from "./route-errors";
import { assertCanManageRoutes } from "./route-role";
import { ZMoveRoute, type MoveRouteInput } from "./route.schema";
import { renumberRoutes, withRouteLock } from "./route-writes";

/**
 * Moves a route one place earlier or later in the fallback order of its
 * prefix (it swaps places with its neighbour). The first route moved up, or
 * the last moved down, stays where it is.
 */
export async function moveRoute(options: MoveRouteInput): Promise<void> {
  assertCanManageRoutes(options.role);
  const { orgId, routeId, direction } = parseOptions(ZMoveRoute, options);
  const id = routeIdOrNotFound(routeId);
  await withRouteLock(orgId, async (tx) => {
    const route = await tx.route.findFirst({ where: { id, orgId }, select: { prefix: true } });
    if (!route) throw routeNotFound();
    // Positions are 1…n after every change; renumbering first makes that true of older data too.
    await renumberRoutes(tx, orgId, route.prefix);
    await tx.$executeRaw`
      UPDATE routes r SET position = CASE WHEN r.id = me.id THEN other.position ELSE me.position END,
        "updatedAt" = now()
      FROM routes me, routes other
      WHERE me.id = ${id}::uuid AND me."orgId" = ${orgId}::uuid
        AND other."orgId" = me."orgId" AND other.prefix = me.prefix
        AND other.position = me.position + ${direction === "up" ? -1 : 1}
        AND r.id IN (me.id, other.id)`;
  });
}
