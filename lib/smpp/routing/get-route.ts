import { db } from "@/lib/db";
import { parseOptions } from "@/lib/parse-options";
import { routeIdOrNotFound, routeNotFound } from "./route-errors";
import { ZGetRoute, type GetRouteInput } from "./route.schema";
import { ROUTE_COLUMNS, toStoredRoute, type StoredRoute } from "./route-view";

/** One of the organization's routes (NotFoundError for another's, or none). */
export async function getRoute(options: GetRouteInput): Promise<StoredRoute> {
  const { orgId, routeId } = parseOptions(ZGetRoute, options);
  const record = await db.route.findFirst({
    where: { id: routeIdOrNotFound(routeId), orgId },
    select: ROUTE_COLUMNS,
  });
  if (!record) throw routeNotFound();
  return toStoredRoute(record);
}
