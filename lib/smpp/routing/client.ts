/**
 * The browser-safe part of routing: the rules and how a prefix reads, no
 * database. The Routes page's client components import this; everything
 * else goes through `@/lib/smpp`.
 */
export { formatRoutePrefix } from "./route-prefix";
export { MAX_PREFIX_DIGITS, type RouteDraft, type RouteField } from "./route.schema";
export type { RouteView } from "./route-view";
export type { ConnectorHealth } from "../connector-health-circuit";
