// Routing: which connector a single message goes through, by destination prefix, with failover (server only).
export { createRoute } from "./create-route";
export { updateRoute } from "./update-route";
export { deleteRoute } from "./delete-route";
export { moveRoute } from "./move-route";
export { getRoute } from "./get-route";
export { listRoutes } from "./list-routes";
export { resolveRoute, type RouteCandidate, type RouteResolution } from "./resolve-route";
export { canManageRoutes, assertCanManageRoutes } from "./route-role";
export { RouteTakenError } from "./route-errors";
export { formatRoutePrefix } from "./route-prefix";
export type { RouteView, StoredRoute } from "./route-view";
export {
  MAX_PREFIX_DIGITS,
  ZRouteDraft,
  ZRoutePrefix,
  type CreateRouteInput,
  type DeleteRouteInput,
  type MoveRouteInput,
  type RouteDraft,
  type RouteField,
  type UpdateRouteInput,
} from "./route.schema";
