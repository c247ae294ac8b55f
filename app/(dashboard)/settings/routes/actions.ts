"use server";

import { revalidatePath } from "next/cache";
import type { RouteActionResult } from "@/components/settings/routes/route-action-result";
import { requireSession } from "@/lib/auth/server";
import { AppError, NotFoundError } from "@/lib/errors";
import { logger } from "@/lib/logger";
import {
  assertCanManageRoutes,
  createRoute,
  deleteRoute,
  moveRoute,
  updateRoute,
  ZRouteDraft,
  type RouteDraft,
  type RouteField,
} from "@/lib/smpp";

const FIELDS: readonly string[] = ["prefix", "connectorId", "enabled"] satisfies RouteField[];

/** Creates the route when `routeId` is null, else updates it. */
export async function saveRouteAction(routeId: string | null, draft: RouteDraft): Promise<RouteActionResult> {
  const { orgId, role } = await requireSession();
  try {
    assertCanManageRoutes(role);
    // Checked here too, so every wrong field is named at once; the lib checks again, with ownership and duplicates.
    const parsed = ZRouteDraft.safeParse(draft);
    if (!parsed.success) {
      const fieldErrors: Partial<Record<RouteField, string>> = {};
      for (const issue of parsed.error.issues) fieldErrors[issue.path[0] as RouteField] ??= issue.message;
      return { ok: false, message: null, fieldErrors };
    }
    if (routeId === null) await createRoute({ orgId, role, ...parsed.data });
    else await updateRoute({ orgId, role, routeId, ...parsed.data });
    revalidatePath("/settings/routes");
    return { ok: true };
  } catch (error) {
    return routeFailure(error, "save route");
  }
}

export async function moveRouteAction(routeId: string, direction: "up" | "down"): Promise<RouteActionResult> {
  const { orgId, role } = await requireSession();
  try {
    await moveRoute({ orgId, role, routeId, direction });
    revalidatePath("/settings/routes");
    return { ok: true };
  } catch (error) {
    return routeFailure(error, "move route");
  }
}

export async function deleteRouteAction(routeId: string): Promise<RouteActionResult> {
  const { orgId, role } = await requireSession();
  try {
    await deleteRoute({ orgId, role, routeId });
    revalidatePath("/settings/routes");
    return { ok: true };
  } catch (error) {
    return routeFailure(error, "delete route");
  }
}

/** Domain errors → form and row messages: the one place route actions translate them. */
function routeFailure(error: unknown, action: string): RouteActionResult {
  const failure = { ok: false as const, message: null, fieldErrors: {} };
  if (error instanceof AppError) {
    // ValidationError and the duplicate-route conflict both name their field.
    const field = "field" in error && typeof error.field === "string" ? error.field : null;
    if (field && FIELDS.includes(field)) return { ...failure, fieldErrors: { [field]: error.message } };
    if (error instanceof NotFoundError) {
      return {
        ...failure,
        message: "This route no longer exists. It may have been deleted by someone else.",
      };
    }
    return { ...failure, message: error.message };
  }
  logger.error({ err: error, action }, "route action failed");
  return { ...failure, message: "Something went wrong on our side. Nothing you typed is lost; try again." };
}
