import type { RouteDraft, RouteField } from "@/lib/smpp/routing/client";

/** What a route server action answers: the form keeps what was typed and shows errors by field. */
export type RouteActionResult =
  | { ok: true }
  | {
      ok: false;
      /** A message for the whole form or row, when the problem is not one field's. */
      message: string | null;
      fieldErrors: Partial<Record<RouteField, string>>;
    };

/** The server actions the Routes page hands to its client components (owners and admins only). */
export type RouteActions = {
  save(routeId: string | null, draft: RouteDraft): Promise<RouteActionResult>;
  move(routeId: string, direction: "up" | "down"): Promise<RouteActionResult>;
  remove(routeId: string): Promise<RouteActionResult>;
};
