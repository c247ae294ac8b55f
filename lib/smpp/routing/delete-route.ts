import { parseOptions } from "@/lib/parse-options";
import { routeIdOrNotFound, routeNotFound } from "./route-errors";
import { assertCanManageRoutes } from "./route-role";
import { ZDeleteRoute, type DeleteRouteInput } from "./route.schema";
import { renumberRoutes, withRouteLock } from "./route-writes";

/**
 * Deletes one of the organization's routes; the routes of its prefix close
 * ranks. Messages sent through it keep their connector and lose the link.
 */
export async function deleteRoute(options: DeleteRouteInput): Promise<void> {
  assertCanManageRoutes(options.role);
  const { orgId, routeId } = parseOptions(ZDeleteRoute, options);
  const id = routeIdOrNotFound(routeId);
  await withRouteLock(orgId, async (tx) => {
    const deleted = await tx.$queryRaw<{ prefix: string }[]>`
      DELETE FROM routes WHERE id = ${id}::uuid AND "orgId" = ${orgId}::uuid RETURNING prefix`;
    if (!deleted[0]) throw routeNotFound();
    await renumberRoutes(tx, orgId, deleted[0].prefix);
  });
}
